"""Score the judge's labelled real calls and print agreement per language and criterion, with the
share of ``review``.

    python tests/data/judge/evaluate.py reference real_test.csv      # human transcripts (no ASR)
    python tests/data/judge/evaluate.py audio real_test.csv --asr /tmp/i10_asr   # pipeline call JSON
    python tests/data/judge/evaluate.py written frozen.csv           # the written frozen calls
    python tests/data/judge/evaluate.py written frozen2.csv          # the second frozen set

Reference transcripts: Harper Valley from ../shared/corpus/en_harper_valley_calls (*.ref.txt), the
Tagalog dev calls from the folder ``rebuild_riu_calls.py --dev`` writes (--tl, default /tmp/tl_dev).
Audio: the call JSON that ``qa diarize <stereo audio> --channels 0=agent,1=customer`` wrote under
--asr/hv and --asr/tl. Results go to --out (default a temp folder); nothing is written here.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from qa.calibrate import calibrate, format_report, load_verdicts  # noqa: E402
from qa.fileio import write_json  # noqa: E402
from qa.formats import load_call  # noqa: E402

HV = ROOT.parent / "shared" / "corpus" / "en_harper_valley_calls"


def language_of(call_id: str) -> str:
    return "en" if call_id.startswith("hvb-") else "tl"


def reference_calls(ids, tl_dir: Path):
    from qa.score.reference import call_from_reference

    for call_id in ids:
        path = HV / f"{call_id}.ref.txt" if call_id.startswith("hvb-") else tl_dir / f"{call_id}.txt"
        yield call_from_reference(path, call_id=call_id, language=language_of(call_id))


def audio_calls(ids, asr_dir: Path):
    for call_id in ids:
        path = asr_dir / "hv" / f"{call_id}.json" if call_id.startswith("hvb-") else \
            asr_dir / "tl" / f"{call_id}_stereo.json"
        if not path.exists():
            print(f"missing ASR call JSON {path}: skipped", file=sys.stderr)
            continue
        call = load_call(path)
        yield replace(call, call_id=call_id, metadata={**call.metadata, "language": language_of(call_id)})


def main(argv=None) -> None:
    from qa.score.engine import Scorer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["reference", "audio", "written"])
    parser.add_argument("labels", help="a labels CSV in this folder (or a path)")
    parser.add_argument("--tl", default="/tmp/tl_dev", help="rebuilt Tagalog dev calls")
    parser.add_argument("--asr", default="/tmp/i10_asr", help="call JSON from the pipeline")
    parser.add_argument("--rubric", default="helpdesk_acts")
    parser.add_argument("--out", default=None, help="folder for the result JSON (default: temporary)")
    parser.add_argument("--asr-acts", default=None, metavar="PATH|none",
                        help="act model for recognised speech (default qa/data/act_model_asr.npz; "
                             "none: the shipped model for every call)")
    parser.add_argument("--brief", action="store_true", help="tables only, no disagreement list")
    args = parser.parse_args(argv)
    labels_path = Path(args.labels) if Path(args.labels).exists() else HERE / args.labels
    labels = load_verdicts(labels_path)
    ids = list(dict.fromkeys(label.call_id for label in labels))
    if args.mode == "reference":
        calls = list(reference_calls(ids, Path(args.tl)))
    elif args.mode == "audio":
        calls = list(audio_calls(ids, Path(args.asr)))
    else:
        # frozen.csv -> frozen/<id>.json, frozen2.csv -> frozen2/<id>.json
        calls = [load_call(labels_path.parent / labels_path.stem / f"{i}.json") for i in ids]
    from qa.score.acts import ASR_MODEL_PATH

    asr_acts = None if args.asr_acts == "none" else (args.asr_acts or ASR_MODEL_PATH)
    scorer = Scorer(args.rubric, asr_act_model=asr_acts)
    results = {r.call_id: r for r in scorer.score_many(calls)}
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="judge-eval-"))
    for result in results.values():
        write_json(out / f"{result.call_id}.result.json", result.to_dict())
    scored = [label for label in labels if label.call_id in results]
    text = format_report(calibrate(scored, results))
    print(text.split("\nDisagreements")[0] if args.brief else text)
    print(f"{len(results)} calls scored ({args.mode}); results in {out}")


if __name__ == "__main__":
    main()
