"""Calibration, as QA teams do it: how often the tool and analysts give the same verdict.

Input: analysts' verdicts (CSV with ``call_id, criterion, verdict`` and an optional ``analyst``
column) and the tool's results (``<call_id>.result.json`` from ``qa score``). Output: agreement per
criterion, per language and overall — percent and Cohen's kappa — between the tool and each
analyst and between every pair of analysts, plus every disagreement with the tool's evidence, so a
rubric can be tuned where it disagrees.
"""
from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from qa.errors import ConfigError, QAError
from qa.fileio import read_json, read_text
from qa.model import VERDICTS, Result

ALIASES = {"n/a": "na", "n.a.": "na", "not applicable": "na", "passed": "pass", "failed": "fail",
           "yes": "pass", "no": "fail", "met": "pass", "not met": "fail"}
TOOL = "tool"


@dataclass(frozen=True)
class Label:
    call_id: str
    criterion: str
    verdict: str
    analyst: str = "analyst"


def load_verdicts(path: str | Path) -> list[Label]:
    """Analysts' verdicts from a CSV; every bad row is reported at once (ConfigError)."""
    try:
        rows = list(csv.DictReader(io.StringIO(read_text(path), newline="")))
    except (OSError, csv.Error) as exc:
        raise ConfigError(f"{path}: cannot read verdicts CSV: {exc}") from exc
    missing = {"call_id", "criterion", "verdict"} - set(rows[0] if rows else {})
    if missing:
        raise ConfigError(f"{path}: missing column(s) {', '.join(sorted(missing))}; expected "
                          "call_id, criterion, verdict[, analyst]")
    labels, problems = [], []
    for line, row in enumerate(rows, start=2):
        verdict = (row.get("verdict") or "").strip().lower()
        verdict = ALIASES.get(verdict, verdict)
        if verdict not in VERDICTS:
            problems.append(f"{path}:{line}: verdict {row.get('verdict')!r}; expected one of {', '.join(VERDICTS)}")
            continue
        labels.append(Label(row["call_id"].strip(), row["criterion"].strip(), verdict,
                            (row.get("analyst") or "analyst").strip() or "analyst"))
    if problems:
        raise ConfigError("\n".join(problems))
    return labels


def load_results(folder: str | Path) -> dict[str, Result]:
    results = {}
    for path in sorted(Path(folder).glob("*.result.json")):
        try:
            result = Result.from_dict(read_json(path))
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise QAError(f"{path}: not a result JSON written by qa score ({exc})") from exc
        results[result.call_id] = result
    return results


def kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa for (a, b) verdict pairs; None when undefined (no pairs)."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(left[k] * right[k] for k in set(left) | set(right)) / (n * n)
    if expected >= 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return round((observed - expected) / (1 - expected), 3)


def krippendorff_alpha(units) -> float | None:
    """Krippendorff's alpha for nominal verdicts; ``units`` holds, per call, the verdicts the raters
    gave it (any number of raters, missing ones left out). None when no unit has two verdicts."""
    coincidence: Counter = Counter()
    for values in units:
        values = list(values)
        if len(values) < 2:
            continue
        for i, first in enumerate(values):
            for j, second in enumerate(values):
                if i != j:
                    coincidence[(first, second)] += 1.0 / (len(values) - 1)
    if not coincidence:
        return None
    totals: Counter = Counter()
    for (first, _), weight in coincidence.items():
        totals[first] += weight
    n = sum(totals.values())
    observed = sum(w for (a, b), w in coincidence.items() if a != b)
    expected = sum(totals[a] * totals[b] for a in totals for b in totals if a != b) / (n - 1)
    if expected == 0:
        return 1.0 if observed == 0 else 0.0
    return round(1.0 - observed / expected, 3)


def _agreement(pairs: list[tuple[str, str]]) -> dict:
    n = len(pairs)
    agree = sum(a == b for a, b in pairs)
    review = sum(a == "review" for a, _ in pairs)  # the tool's (first) side waiting for a person
    return {"n": n, "agree": agree, "percent": round(100.0 * agree / n, 1) if n else None,
            "kappa": kappa(pairs), "review": review,
            "review_percent": round(100.0 * review / n, 1) if n else None}


@dataclass
class Report:
    pairs: dict = field(default_factory=dict)  # "tool vs analyst" -> {overall, criteria, languages}
    disagreements: list = field(default_factory=list)
    missing: list = field(default_factory=list)  # labels with no tool verdict

    def to_dict(self) -> dict:
        return {"pairs": self.pairs, "disagreements": self.disagreements, "missing": self.missing}


def _tool_labels(results: dict[str, Result]) -> dict[tuple[str, str], tuple[str, object]]:
    return {(r.call_id, v.id): (v.verdict, v) for r in results.values() for v in r.criteria}


def _compare(pairs_by_key: list[tuple[tuple[str, str], str, str]], language: dict) -> dict:
    by_criterion, by_language = defaultdict(list), defaultdict(list)
    for (call_id, criterion), a, b in pairs_by_key:
        by_criterion[criterion].append((a, b))
        by_language[language.get(call_id) or "?"].append((a, b))
    return {"overall": _agreement([(a, b) for _, a, b in pairs_by_key]),
            "criteria": {k: _agreement(v) for k, v in sorted(by_criterion.items())},
            "languages": {k: _agreement(v) for k, v in sorted(by_language.items())}}


def calibrate(labels: list[Label], results: dict[str, Result]) -> Report:
    report = Report()
    tool = _tool_labels(results)
    language = {r.call_id: (r.language or r.metadata.get("language")) for r in results.values()}
    by_analyst: dict[str, dict] = defaultdict(dict)
    for label in labels:
        by_analyst[label.analyst][(label.call_id, label.criterion)] = label.verdict
    for analyst, verdicts in sorted(by_analyst.items()):
        pairs = []
        for key, verdict in sorted(verdicts.items()):
            if key not in tool:
                report.missing.append({"analyst": analyst, "call_id": key[0], "criterion": key[1]})
                continue
            tool_verdict, detail = tool[key]
            pairs.append((key, tool_verdict, verdict))
            if tool_verdict != verdict:
                report.disagreements.append({
                    "call_id": key[0], "criterion": key[1], "analyst": analyst, "analyst_verdict": verdict,
                    "tool_verdict": tool_verdict, "language": language.get(key[0]), "reason": detail.reason,
                    "evidence": [e.to_dict() for e in detail.evidence]})
        report.pairs[f"{TOOL} vs {analyst}"] = _compare(pairs, language)
    for first, second in combinations(sorted(by_analyst), 2):
        shared = sorted(set(by_analyst[first]) & set(by_analyst[second]))
        pairs = [(k, by_analyst[first][k], by_analyst[second][k]) for k in shared]
        report.pairs[f"{first} vs {second}"] = _compare(pairs, language)
    return report


def _row(name: str, stats: dict) -> str:
    percent = "-" if stats["percent"] is None else f"{stats['percent']:.1f}%"
    kappa_text = "-" if stats["kappa"] is None else f"{stats['kappa']:.2f}"
    review = "-" if stats.get("review_percent") is None else f"{stats['review_percent']:.1f}%"
    return f"  {name:<30} {stats['agree']:>4}/{stats['n']:<4} {percent:>7}  kappa {kappa_text:>5}  review {review:>6}"


def format_report(report: Report) -> str:
    lines = []
    for pair, data in report.pairs.items():
        lines += [f"{pair}", _row("overall", data["overall"]), " by language:"]
        lines += [_row(k, v) for k, v in data["languages"].items()]
        lines.append(" by criterion:")
        lines += [_row(k, v) for k, v in data["criteria"].items()]
        lines.append("")
    lines.append(f"Disagreements ({len(report.disagreements)}):")
    for d in report.disagreements:
        lines.append(f"  {d['call_id']} {d['criterion']}: tool {d['tool_verdict']}, {d['analyst']} "
                     f"{d['analyst_verdict']} — {d['reason']}")
        for e in d["evidence"][:2]:
            who = e.get("role") or e.get("speaker") or ""
            lines.append(f"      [{e['start']:.1f}-{e['end']:.1f}s {who}] {e['text'][:90]}"
                         + (f"  ({e['matched']})" if e.get("matched") else ""))
    if report.missing:
        lines.append(f"Labels with no tool verdict ({len(report.missing)}): "
                     + ", ".join(f"{m['call_id']}/{m['criterion']}" for m in report.missing[:10]))
    return "\n".join(lines)


# ---------------------------------------------------------------- semantic thresholds

def semantic_sweep(scorer, calls: list, labels: list[Label]) -> list[dict]:
    """For each semantic check: the best cosine in each labelled call's window, and the threshold
    that agrees best with the analysts' pass/fail (ties: the highest, to keep false passes out)."""
    verdict = {(l.call_id, l.criterion): l.verdict for l in labels}
    rows = []
    for criterion in scorer.rubric.criteria:
        for index, check in enumerate(criterion.checks):
            if check.kind != "semantic":
                continue
            points = []
            for call in calls:
                label = verdict.get((call.call_id, criterion.id))
                if label not in ("pass", "fail"):
                    continue
                ctx = scorer.context(call)
                window = ctx.window(check.options["role"], check.options["window"])
                hits = ctx.similar(window.turns, check.options["examples"],
                                   check.options["counter_examples"] or (), 0.0)
                points.append((max((h[3] for h in hits), default=0.0), label, call.call_id))
            candidates = sorted({round(p[0], 3) for p in points} | {check.options["threshold"]})
            accuracy = {t: sum((p[0] >= t) == (p[1] == "pass") for p in points) for t in candidates}
            best = max(candidates, key=lambda t: (accuracy[t], t)) if points else None
            rows.append({"criterion": criterion.id, "check": index, "threshold": check.options["threshold"],
                         "agree_at_threshold": accuracy.get(check.options["threshold"]), "n": len(points),
                         "best_threshold": best, "agree_at_best": accuracy.get(best),
                         "points": sorted(points, reverse=True)})
    return rows


def format_sweep(rows: list[dict]) -> str:
    lines = ["Semantic checks: best cosine per labelled call (label), and the threshold that fits best"]
    for row in rows:
        lines.append(f"  {row['criterion']} checks[{row['check']}]: threshold {row['threshold']} agrees on "
                     f"{row['agree_at_threshold']}/{row['n']}; best {row['best_threshold']} agrees on "
                     f"{row['agree_at_best']}/{row['n']}")
        lines.append("      " + ", ".join(f"{s:.3f} {l} {c}" for s, l, c in row["points"][:12]))
    return "\n".join(lines)
