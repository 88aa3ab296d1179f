"""Choose the act model for recognised speech on the TUNING calls only, leave one call out.

    python tests/data/judge/asr_loco.py --asr /tmp/i10a_asr --spans-asr /tmp/qa_asr_tune --models /tmp/loco \\
        --config "spans_garble=--asr-calls {spans} --garble 0.5" --config "garble=--garble 0.5"

Each ``--config NAME=ARGS`` is a way to train the act model (``python -m qa.score.train_acts ARGS``;
``{spans}`` stands for --spans-asr, the tuning calls' ASR JSON that asr_tune_spans.csv points into).
A model trained on every span scores the calls that have none; each call that has spans
(qa/data/acts/asr_tune_spans.csv, real_tune_spans.csv with --real-calls) is scored by a model trained
without them (train_acts --leave-out), so the spans of the
call being scored are never in the model that scores it. Every call of real_tune.csv is scored
from audio (--asr, evaluate.py's layout) by the shipped model and by each config, the config once
for Tagalog only (English keeps the shipped model) and once for every language. Printed: agreement
and review share per language, Tagalog split into the calls with spans and the others. Models are
kept in --models (a model already there is not trained again). A labels file that names a real_test
call is refused: the test calls are never used for a choice.
"""
from __future__ import annotations

import argparse
import csv
import shlex
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from evaluate import ROOT, audio_calls, language_of  # noqa: E402

from qa.calibrate import load_verdicts  # noqa: E402
from qa.score import acts  # noqa: E402
from qa.score.asr_spans import ASR_SPANS  # noqa: E402
from qa.score.train_acts import REAL_SPANS  # noqa: E402


def span_calls() -> list[str]:
    """The calls that have labelled spans (ASR or human transcript): each is scored left out."""
    found = set()
    for spans in (ASR_SPANS, REAL_SPANS):
        with spans.open(encoding="utf-8", newline="") as handle:
            found |= {row["call_id"] for row in csv.DictReader(handle)}
    return sorted(found)


def train(name: str, args: str, spans_asr: Path, models: Path, leave_out: str | None = None) -> Path:
    out = models / (f"{name}.npz" if leave_out is None else f"{name}-without-{leave_out}.npz")
    if out.exists():
        return out
    argv = shlex.split(args.replace("{spans}", str(spans_asr)))
    if leave_out is not None:
        argv += ["--leave-out", leave_out]
    subprocess.run([sys.executable, "-m", "qa.score.train_acts", *argv, "--out", str(out)], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)
    return out


def score(calls: list, model: Path | None) -> dict:
    """call id -> {criterion: verdict}; ``model`` scores every call (None: the shipped model)."""
    from qa.score.engine import Scorer

    results = Scorer("helpdesk_acts", asr_act_model=model).score_many(calls)
    return {r.call_id: {v.id: v.verdict for v in r.criteria} for r in results}


def summary(labels, verdicts: dict, with_spans: set) -> str:
    groups: dict[str, list[int]] = {}
    for label in labels:
        got = verdicts.get(label.call_id, {}).get(label.criterion)
        lang = language_of(label.call_id)
        keys = [lang] + ([f"tl {'left out' if label.call_id in with_spans else 'other'}"] if lang == "tl" else [])
        for key in keys:
            group = groups.setdefault(key, [0, 0, 0])
            group[0] += 1
            group[1] += got == label.verdict
            group[2] += got == "review"
    return " | ".join(f"{100 * groups[k][1] / groups[k][0]:.1f}" if k in groups else "-"
                      for k in ("en", "tl", "tl left out", "tl other")) + " | " + \
        "/".join(f"{100 * groups[k][2] / groups[k][0]:.1f}" if k in groups else "-" for k in ("en", "tl"))


def per_criterion(labels, rows: dict) -> str:
    """Tagalog labels agreed per criterion, one column per model."""
    names = sorted({label.criterion for label in labels})
    lines = ["| criterion (tl) | " + " | ".join(rows) + " |", "|---" * (len(rows) + 1) + "|"]
    for name in names:
        tl = [label for label in labels if label.criterion == name and language_of(label.call_id) == "tl"]
        lines.append(f"| {name} | " + " | ".join(
            f"{sum(v.get(l.call_id, {}).get(name) == l.verdict for l in tl)}/{len(tl)}" for v in rows.values()) + " |")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", default=str(HERE / "real_tune.csv"))
    parser.add_argument("--asr", default="/tmp/i10a_asr", help="the tuning calls' call JSON (evaluate.py audio)")
    parser.add_argument("--spans-asr", default="/tmp/qa_asr_tune", help="ASR JSON the spans point into")
    parser.add_argument("--models", required=True, help="scratch folder for the trained models")
    parser.add_argument("--config", action="append", default=[], metavar="NAME=ARGS")
    parser.add_argument("--criteria", action="store_true", help="also a per-criterion table of the Tagalog calls")
    args = parser.parse_args(argv)
    labels = load_verdicts(args.labels)
    test_ids = {label.call_id for label in load_verdicts(HERE / "real_test.csv")}
    if test_ids & {label.call_id for label in labels}:
        raise SystemExit(f"{args.labels} names real_test calls; choices are made on tuning calls only")
    ids = list(dict.fromkeys(label.call_id for label in labels))
    calls = {call.call_id: call for call in audio_calls(ids, Path(args.asr))}
    with_spans = set(span_calls()) & set(calls)
    models = Path(args.models)
    models.mkdir(parents=True, exist_ok=True)
    shipped = score(list(calls.values()), None)
    print("| model | en | tl | tl left out | tl other | review en/tl |\n|---|---|---|---|---|---|")
    print(f"| shipped | {summary(labels, shipped, with_spans)} |")
    acts.ASR_LANGUAGES = frozenset({"en", "ko", "tl"})  # score every call with the candidate; mixed below
    rows = {"shipped": shipped}
    for config in args.config:
        name, _, train_args = config.partition("=")
        full = train(name, train_args, Path(args.spans_asr), models)
        verdicts = score([c for i, c in calls.items() if i not in with_spans], full)
        if "{spans}" in train_args or "--real-calls" in train_args:
            for call_id in sorted(with_spans):
                model = train(name, train_args, Path(args.spans_asr), models, leave_out=call_id)
                verdicts.update(score([calls[call_id]], model))
        else:
            verdicts.update(score([calls[i] for i in sorted(with_spans)], full))
        tl_only = {i: (v if language_of(i) == "tl" else shipped[i]) for i, v in verdicts.items()}
        print(f"| {name} (tl) | {summary(labels, tl_only, with_spans)} |")
        print(f"| {name} (all) | {summary(labels, verdicts, with_spans)} |")
        rows[name] = verdicts
    if args.criteria:
        print(per_criterion(labels, rows))


if __name__ == "__main__":
    main()
