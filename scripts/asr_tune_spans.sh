#!/bin/bash
# Rebuild qa/data/acts/asr_tune_spans.csv and the act model trained with it (issue 10, Tagalog from audio;
# docs/rubrics.md "Acts learnt from the tuning calls' ASR output"). Run from the repository root:
#   TL=/tmp/tl_dev ASR=/tmp/qa_asr_tune scripts/asr_tune_spans.sh [--spans-only]
# TL: the rebuilt Tagalog dev calls (../shared/tools/rebuild_riu_calls.py --dev); ASR: a scratch folder
# for the call JSON (never committed: the riu-rd calls have no license). The ASR uses today's defaults
# (Whisper base, channel split, --language tl); transcripts are cached under ~/.cache/qa.
set -euo pipefail
TL=${TL:-/tmp/tl_dev}
ASR=${ASR:-/tmp/qa_asr_tune}
PY=${PY:-python}
for id in $(tail -n +2 qa/data/acts/real_tune_spans.csv | cut -d, -f1 | grep -v '^hvb-' | sort -u); do
  "$PY" -c 'from qa.cli import main; main()' diarize "$TL/${id}_stereo.flac" --channels 0=agent,1=customer --language tl \
    --threads 2 --out "$ASR/tl" --format json
done
"$PY" -m qa.score.asr_spans --asr "$ASR" --tl "$TL"
if [ "${1:-}" != "--spans-only" ]; then
  "$PY" -m qa.score.train_acts --asr-calls "$ASR"
fi
