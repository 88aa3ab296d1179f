"""``qa eval``: measure the pipeline against reference data in a corpus folder.

Each kind of reference is an evaluator module listed in :data:`EVALUATORS`, with two functions:

* ``find_items(folder: Path) -> list`` — the references of that kind in one folder (with their audio);
* ``evaluate(items: list, options: EvalOptions) -> EvalTable`` — run the stage and score it.

:func:`evaluate_corpus` walks the given folders (and their sub-folders, one level down), asks every
evaluator for its items and returns one table per kind that found any. Adding a kind of reference
is one new module and one line in ``EVALUATORS``.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import ConfigError

# kind -> module implementing find_items(folder) and evaluate(items, options)
EVALUATORS: dict[str, str] = {
    "wer": "qa.evaluate.wer",
    "der": "qa.evaluate.der",
    "calls": "qa.evaluate.calls",
}


@dataclass(frozen=True)
class EvalOptions:
    engine: str = "faster-whisper"
    model: str = "base"
    language: str | None = None
    threads: int | None = None
    cache_dir: str | None = None
    force: bool = False
    extra: dict = field(default_factory=dict)  # options of other evaluators (e.g. diarization)


@dataclass
class EvalTable:
    """One evaluator's result: a row per item, an overall row, notes (skipped items), figures."""
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    overall: list | None = None
    notes: list[str] = field(default_factory=list)
    figures: dict = field(default_factory=dict)  # machine-readable headline numbers

    def render(self) -> str:
        """The table as aligned plain text."""
        body = [self.columns, *self.rows, *([self.overall] if self.overall else [])]
        cells = [[str(c) for c in row] for row in body]
        widths = [max(len(row[i]) for row in cells) for i in range(len(self.columns))]

        def line(row):
            return "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                             for i, (c, w) in enumerate(zip(row, widths)))

        rule = "  ".join("-" * w for w in widths)
        out = [self.title, line(cells[0]), rule, *(line(r) for r in cells[1:len(self.rows) + 1])]
        if self.overall:
            out += [rule, line(cells[-1])]
        out += [f"note: {n}" for n in self.notes]
        return "\n".join(out)


def corpus_folders(paths) -> list[Path]:
    """The folders to look in: each given folder and its sub-folders (one level down)."""
    folders: list[Path] = []
    for item in paths:
        path = Path(item)
        if not path.is_dir():
            raise ConfigError(f"{path}: not a folder; give a corpus folder such as ../shared/corpus.")
        folders.append(path)
        folders.extend(sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith(".")))
    return list(dict.fromkeys(folders))


def evaluate_corpus(paths, options: EvalOptions | None = None, kinds=None) -> list[EvalTable]:
    """One :class:`EvalTable` per kind of reference found under ``paths``."""
    options = options or EvalOptions()
    unknown = [k for k in kinds or () if k not in EVALUATORS]
    if unknown:
        raise ConfigError(f"unknown evaluation kind(s) {', '.join(unknown)}; "
                          f"choose from: {', '.join(EVALUATORS)}.")
    folders = corpus_folders(paths)
    tables = []
    for kind, module_name in EVALUATORS.items():
        if kinds and kind not in kinds:
            continue
        module = importlib.import_module(module_name)
        items = [item for folder in folders for item in module.find_items(folder)]
        if items:
            tables.append(module.evaluate(items, options))
    if not tables:
        raise ConfigError(f"no references found in {', '.join(map(str, paths))}; see docs/transcription.md "
                          "for the reference files qa eval reads.")
    return tables


def limits_exceeded(tables: list[EvalTable], limits: dict[str, float | None]) -> list[str]:
    """What is above its limit: ``limits`` maps a figure ("wer", "der") to the highest percent
    allowed (None: no limit). A limit on a figure no table measured is a ConfigError: a CI gate
    that checks nothing must not pass."""
    breaches = []
    for figure, limit in limits.items():
        if limit is None:
            continue
        measured = [t.figures[figure] for t in tables if t.figures.get(figure) is not None]
        if not measured:
            raise ConfigError(f"--max-{figure} {limit:g}: the corpus has no {figure.upper()} references, so "
                              f"there is nothing to check; drop the option or add references.")
        for value in measured:
            if 100 * value > limit:
                breaches.append(f"{figure.upper()} {100 * value:.2f} % is above the limit of {limit:g} %")
    return breaches


__all__ = ["EVALUATORS", "EvalOptions", "EvalTable", "corpus_folders", "evaluate_corpus", "limits_exceeded"]
