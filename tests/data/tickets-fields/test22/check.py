"""Checks that the twenty-second test split loads, without running the comparison on it.

Run from the repository root: ``python tests/data/tickets-fields/test22/check.py``. The same checks as
test6/check.py, run on this folder: every call JSON reads as a Call (or the recording decodes with
the channels its label says), every export reads with the project's importer (its mapping and
encoding) with no problems listed, the ticket exists, and every expected finding names a field the
ticket has. Prints counts only: no finding of the comparison is computed or shown, so the set stays
unseen until its first run. Exit status 1 when something is wrong, with what and where.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("test6_check", HERE.parent / "test6" / "check.py")
test6_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(test6_check)

if __name__ == "__main__":
    found = test6_check.check(HERE)
    for line in found:
        print(line, file=sys.stderr)
    sys.exit(1 if found else 0)
