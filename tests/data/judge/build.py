"""Build the judge's frozen written test calls: frozen_calls.txt -> frozen/<id>.json + frozen.csv.

Same text format as tests/data/scoring/build.py (whose functions this reuses). Run:
    .venv/bin/python tests/data/judge/build.py            # frozen_calls.txt -> frozen/ + frozen.csv
    .venv/bin/python tests/data/judge/build.py frozen2    # frozen2_calls.txt -> frozen2/ + frozen2.csv
    .venv/bin/python tests/data/judge/build.py frozen3    # frozen3_calls.txt -> frozen3/ + frozen3.csv
    .venv/bin/python tests/data/judge/build.py frozen4    # frozen4_calls.txt -> frozen4/ + frozen4.csv
    .venv/bin/python tests/data/judge/build.py frozen5    # frozen5_calls.txt -> frozen5/ + frozen5.csv
    .venv/bin/python tests/data/judge/build.py frozen6    # frozen6_calls.txt -> frozen6/ + frozen6.csv
    .venv/bin/python tests/data/judge/build.py frozen12   # frozen12_calls.txt -> frozen12/ + frozen12.csv
    .venv/bin/python tests/data/judge/build.py frozen13   # frozen13_calls.txt -> frozen13/ + frozen13.csv
    .venv/bin/python tests/data/judge/build.py frozen14   # frozen14_calls.txt -> frozen14/ + frozen14.csv
    .venv/bin/python tests/data/judge/build.py frozen15   # frozen15_calls.txt -> frozen15/ + frozen15.csv
    .venv/bin/python tests/data/judge/build.py frozen16   # frozen16_calls.txt -> frozen16/ + frozen16.csv
    .venv/bin/python tests/data/judge/build.py frozen17   # frozen17_calls.txt -> frozen17/ + frozen17.csv
    .venv/bin/python tests/data/judge/build.py frozen18   # frozen18_calls.txt -> frozen18/ + frozen18.csv
    .venv/bin/python tests/data/judge/build.py frozen19   # frozen19_calls.txt -> frozen19/ + frozen19.csv
    .venv/bin/python tests/data/judge/build.py frozen20   # frozen20_calls.txt -> frozen20/ + frozen20.csv
    .venv/bin/python tests/data/judge/build.py frozen21   # frozen21_calls.txt -> frozen21/ + frozen21.csv
    .venv/bin/python tests/data/judge/build.py frozen22   # frozen22_calls.txt -> frozen22/ + frozen22.csv
    .venv/bin/python tests/data/judge/build.py frozen23   # frozen23_calls.txt -> frozen23/ + frozen23.csv
    .venv/bin/python tests/data/judge/build.py tune7      # tune7_calls.txt -> tune7/ + tune7.csv (tuning)
"""
from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("scoring_build", HERE.parent / "scoring" / "build.py")
scoring = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scoring)


def main(name: str = "frozen_calls", out_name: str = "frozen") -> None:
    out = HERE / out_name
    out.mkdir(exist_ok=True)
    rows = []
    for head, lines, labels in scoring.parse((HERE / f"{name}.txt").read_text(encoding="utf-8")):
        call_id, lang = head[0], head[1]
        assert labels and len(labels) == len(scoring.CRITERIA), f"{call_id}: {len(labels or [])} labels"
        data = scoring.build_call(call_id, lang, lines, "noroles" not in head)
        (out / f"{call_id}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
        rows += [(call_id, c, scoring.CODES[code], "labeller-i10") for c, code in zip(scoring.CRITERIA, labels)]
    with open(HERE / f"{out_name}.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["call_id", "criterion", "verdict", "analyst"])
        writer.writerows(rows)
    print(f"{len(rows) // len(scoring.CRITERIA)} calls, {len(rows)} labels")


if __name__ == "__main__":
    import sys

    if len(sys.argv) > 1:
        main(f"{sys.argv[1]}_calls", sys.argv[1])
    else:
        main()
