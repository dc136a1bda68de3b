#!/usr/bin/env bash
# Installs what the browser checks and the screenshots need, when missing: Debian's chromium, a
# Japanese font, poppler-utils (pdftotext, pdftoppm) and pngquant; PyPI's playwright,
# axe-playwright-python and pytest. Playwright drives Debian's /usr/bin/chromium:
# `playwright install` cannot download a browser on these machines.
set -euo pipefail
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
PYPI=(playwright==1.65.2 axe-playwright-python==0.1.8 "pytest>=8")

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v pngquant >/dev/null || missing+=(pngquant)
# Japanese glyphs, or the ja pages show empty boxes.
[ -n "$(fc-list :lang=ja 2>/dev/null)" ] || missing+=(fonts-ipafont-gothic)
if [ ${#missing[@]} != 0 ]; then
  echo "Installing ${missing[*]} (apt-get, about a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when they don't know chromium or are too stale to fetch it.
  if ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]' \
     || ! $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; then
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if ! python3 -c 'import playwright, axe_playwright_python, pytest' 2>/dev/null; then
  echo "Installing ${PYPI[*]} (pip)..."
  python3 -m pip install -q "${PYPI[@]}"
fi
