#!/bin/bash
# Rebuild the act model for recognised speech, qa/data/act_model_asr.npz (issue 10, Tagalog from audio;
# docs/rubrics.md "An act model for recognised speech"), and the spans it learns from,
# qa/data/acts/asr_tune_spans.csv. Run from the repository root:
#   TL=/tmp/tl_dev ASR=/tmp/qa_asr_tune scripts/asr_act_model.sh [--spans-only]
# TL: the rebuilt Tagalog dev calls (../shared/tools/rebuild_riu_calls.py --dev); ASR: a scratch folder
# for the call JSON (never committed: the riu-rd calls have no license). The ASR uses today's defaults
# (Whisper base, channel split, --language tl); transcripts are cached under ~/.cache/qa.
# The model: the shipped model's training data (qa/data/acts/*.yaml, as `python -m qa.score.train_acts`)
# plus the spans and Whisper-like garbled copies of half the Tagalog examples. TRAIN_ARGS: extra
# train_acts arguments, for a shipped model trained with more (e.g. "--real-calls /tmp/tl_dev").
# Deterministic: the same data give the same file byte for byte.
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
  # shellcheck disable=SC2086
  "$PY" -m qa.score.train_acts --asr-calls "$ASR" --garble 0.5 ${TRAIN_ARGS:-} --out qa/data/act_model_asr.npz
fi
