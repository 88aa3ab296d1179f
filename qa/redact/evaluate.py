"""Recall and precision of the redactor on a labelled set (tests/data/redact/*.yaml).

A labelled mention counts as caught when every letter and digit of it is inside redacted spans (a
phone number with its last four digits left readable is not redacted). A redacted span counts as
right when it overlaps a labelled mention; one that overlaps none hid a look-alike (a ticket number,
an amount) and costs precision. Figures are per language and overall.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import ConfigError
from qa.fileio import load_yaml
from qa.redact.detect import find_pii


@dataclass
class Tally:
    mentions: int = 0
    caught: int = 0
    typed: int = 0  # caught with the labelled type
    spans: int = 0
    right_spans: int = 0
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.caught / self.mentions if self.mentions else None

    @property
    def precision(self) -> float | None:
        return self.right_spans / self.spans if self.spans else None


def _covered(start: int, end: int, text: str, spans) -> bool:
    return all(not text[i].isalnum() or any(s.start <= i < s.end for s in spans) for i in range(start, end))


def evaluate_items(items: list[dict]) -> dict[str, Tally]:
    """Tallies per language plus ``"all"``."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for item in items:
        text, language = item["text"], item.get("lang")
        spans = find_pii(text, language)
        labels = []
        for label in item.get("pii") or []:
            start = text.find(label["value"])
            if start < 0:
                raise ConfigError(f"labelled value {label['value']!r} is not in {text!r}")
            labels.append((start, start + len(label["value"]), label["type"]))
        for tally in (tallies[language], tallies["all"]):
            for start, end, kind in labels:
                tally.mentions += 1
                if _covered(start, end, text, spans):
                    tally.caught += 1
                    tally.typed += any(s.kind == kind and s.start < end and start < s.end for s in spans)
                else:
                    tally.missed.append(f"{kind} {text[start:end]!r} in {text!r}")
            for span in spans:
                tally.spans += 1
                if any(span.start < end and start < span.end for start, end, _ in labels):
                    tally.right_spans += 1
                else:
                    tally.false.append(f"{span.kind} {span.text!r} in {text!r}")
    return dict(tallies)


def evaluate_file(path: str | Path) -> dict[str, Tally]:
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise ConfigError(f"{path}: expected a mapping with an 'items:' list; see tests/data/redact/")
    return evaluate_items(data["items"])


def format_table(tallies: dict[str, Tally]) -> str:
    def pct(value):
        return "—" if value is None else f"{100 * value:.1f} %"

    lines = ["| language | mentions | recall | type right | redacted spans | precision |", "|---|---|---|---|---|---|"]
    for language in sorted(tallies, key=lambda k: (k == "all", k)):
        t = tallies[language]
        lines.append(f"| {language} | {t.mentions} | {pct(t.recall)} | "
                     f"{pct(t.typed / t.caught if t.caught else None)} | {t.spans} | {pct(t.precision)} |")
    return "\n".join(lines)


__all__ = ["Tally", "evaluate_items", "evaluate_file", "format_table"]


if __name__ == "__main__":  # python -m qa.redact.evaluate tests/data/redact/test.yaml
    import sys

    for name in sys.argv[1:] or ["tests/data/redact/test.yaml"]:
        tallies = evaluate_file(name)
        print(f"{name}\n{format_table(tallies)}")
        for line in tallies["all"].missed + tallies["all"].false:
            print("  ", line)
