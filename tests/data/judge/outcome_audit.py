"""How each labelled call ended, as its labels imply, against the outcome the judge decided.

    python tests/data/judge/outcome_audit.py written frozen15.csv tune7.csv ...
    python tests/data/judge/outcome_audit.py reference real_test.csv real_tune.csv

The labels say how a call ended through what applies (rubric ``helpdesk_acts``): the escalation
criteria (ticket, next steps, time frame, read-back) apply to hand-offs (escalated, transferred, a
call-back the desk owes), validation to calls fixed on the line and to caller-owed follow-ups. Each
call falls in one class from its labels and one from the judge's verdicts:

- ``hand-off``: an escalation criterion applies and validation does not;
- ``fixed``: validation applies and no escalation criterion does (resolved, or the caller to try again);
- ``neither``: nothing of either applies (the caller took it on, the call stopped);
- ``both``: both apply (no outcome class does this; a labelling of its own).

The judge's class is read from its verdicts (n/a or not), so an undecided outcome settled by the
classifier's probability mass counts as what it settled to. Prints per set the calls whose classes
differ, with the decided outcome, its reason and the call's comment, and a table of agreement.
Nothing is written here.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))

from evaluate import reference_calls  # noqa: E402
from qa.calibrate import load_verdicts  # noqa: E402
from qa.formats import load_call  # noqa: E402

ESCALATION = ("escalation.ticket_number", "escalation.next_steps", "escalation.timeframe", "escalation.read_back")
VALIDATION = "resolution.validate"


def outcome_class(verdicts: dict[str, str]) -> str:
    """The class that a call's verdicts (criterion -> verdict) imply; see the module docstring."""
    handed = any(verdicts.get(c, "na") != "na" for c in ESCALATION)
    checked = verdicts.get(VALIDATION, "na") != "na"
    return {(True, False): "hand-off", (False, True): "fixed", (False, False): "neither"}.get(
        (handed, checked), "both")


def comments(labels_path: Path) -> dict[str, str]:
    """The first comment line of each call in ``<set>_calls.txt`` (how the call went), where there is one."""
    path = labels_path.parent / f"{labels_path.stem}_calls.txt"
    found, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else ():
        if line.startswith("=== "):
            current = line.split()[1]
        elif current and line.startswith("#"):
            found[current] = (found.get(current, "") + " " + line.lstrip("# ")).strip()
    return found


def audit(mode: str, labels_path: Path, tl_dir: Path, scorer) -> tuple[int, int, list[str]]:
    labels = load_verdicts(labels_path)
    by_call = defaultdict(dict)
    for label in labels:
        by_call[label.call_id][label.criterion] = label.verdict
    ids = list(by_call)
    if mode == "reference":
        calls = list(reference_calls(ids, tl_dir))
    else:
        calls = [load_call(labels_path.parent / labels_path.stem / f"{i}.json") for i in ids]
    notes = comments(labels_path)
    lines, agree = [], 0
    for result in scorer.score_many(calls):
        expected = outcome_class(by_call[result.call_id])
        judged = outcome_class({v.id: v.verdict for v in result.criteria})
        if expected == judged:
            agree += 1
            continue
        outcome = result.outcome
        decided = outcome.outcome + (f":{outcome.follow_up_by}" if outcome.follow_up_by else "")
        lines.append(f"  {result.call_id}: labels {expected}, judge {judged} ({decided}) — {outcome.reason}"
                     + (f"\n      # {notes[result.call_id][:400]}" if result.call_id in notes else ""))
    return agree, len(calls), lines


def main(argv=None) -> None:
    from qa.score.acts import ASR_MODEL_PATH
    from qa.score.engine import Scorer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["reference", "written"])
    parser.add_argument("labels", nargs="+", help="labels CSVs in this folder (or paths)")
    parser.add_argument("--tl", default="/tmp/tl_dev", help="rebuilt Tagalog dev calls")
    args = parser.parse_args(argv)
    scorer = Scorer("helpdesk_acts", asr_act_model=ASR_MODEL_PATH)
    total = [0, 0]
    for name in args.labels:
        path = Path(name) if Path(name).exists() else HERE / name
        agree, n, lines = audit(args.mode, path, Path(args.tl), scorer)
        total[0] += agree
        total[1] += n
        print(f"{path.stem}: outcome class agrees on {agree}/{n}")
        print("\n".join(lines))
    print(f"all: {total[0]}/{total[1]}")


if __name__ == "__main__":
    main()
