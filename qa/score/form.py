"""A rubric printed as the form an analyst fills in (``qa rubric show``)."""
from __future__ import annotations

import textwrap

from qa.rubric import Rubric


def _applies(criterion) -> str:
    wanted = criterion.applies.get("outcome")
    return f"only when the call is {' / '.join(wanted)}" if wanted else "every call"


def _how(check) -> str:
    options = check.options
    window = options.get("window") or {}
    where = f" in the {window.get('part', 'whole')}" if window else ""
    if "turns" in window:
        edge = "last" if window.get("part") == "closing" else "first"
        where += f" ({edge} {window['turns']} turns)"
    if check.kind in ("phrase", "semantic"):
        source = options.get("phrases") or options.get("examples")
        sample = [p for group in (source.values() if isinstance(source, dict) else [source]) for p in group[:2]]
        kind = "says" if check.kind == "phrase" else "says something like"
        return f"{options.get('role', 'agent')} {kind}{where}: " + " | ".join(f'"{s}"' for s in sample[:4])
    if check.kind == "order":
        return "identity question before the first account action"
    return f"{check.kind}: " + ", ".join(f"{k}={v}" for k, v in options.items() if v not in (None, [], {}))


def render_form(rubric: Rubric, markdown: bool = False) -> str:
    total = sum(c.weight for c in rubric.criteria) or 1.0
    bands = ", ".join(f"{name} >= {low:g}" for name, low in rubric.bands)
    lines = [f"# {rubric.id} v{rubric.version}" if markdown else f"{rubric.id} v{rubric.version}",
             "", textwrap.fill(rubric.description, 96) if rubric.description else "",
             f"Bands: {bands}.  Languages: {', '.join(rubric.languages) or '-'}.",
             "Verdicts: [ ] pass  [ ] fail  [ ] n/a  [ ] review.  N/A is left out of the score.", ""]
    for section in rubric.sections:
        lines.append(f"## {section.title}" if markdown else section.title.upper())
        for c in section.criteria:
            flag = "  AUTO-FAIL" if c.auto_fail else ""
            points = 100.0 * c.weight / total
            if markdown:
                lines.append(f"- [ ] **{c.id}** ({points:.0f} pts{flag}) — {c.description} "
                             f"_Applies: {_applies(c)}._")
            else:
                lines.append(f"  [ ] {c.id:<28} {points:5.1f} pts{flag}")
                lines += ["        " + line for line in textwrap.wrap(c.description, 88)]
                lines.append(f"        applies: {_applies(c)}")
            for check in c.checks:
                lines.append(("    - " if markdown else "        how: ") + _how(check))
            if not markdown:
                lines.append("        verdict: pass / fail / n/a / review    evidence (time, quote): ________")
        lines.append("")
    return "\n".join(lines)
