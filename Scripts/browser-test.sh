#!/usr/bin/env bash
# `make browser-test`: every HTML page that `make demo` writes (Output/*/*.html) and a page made from
# hostile catalogs, checked in headless Chromium by what a reader does: Scripts/browser_check.py
# (pytest + Playwright + axe-core). Installs what it needs when missing: Debian's chromium, a
# Japanese font and poppler-utils (pdftotext); PyPI's playwright, axe-playwright-python and pytest.
# Playwright drives Debian's /usr/bin/chromium: `playwright install` cannot download a browser here.
# Usage: Scripts/browser-test.sh [pytest arguments]
#   OUTPUT_DIR=folder   check the pages of another copy of Output/
set -euo pipefail
cd "$(dirname "$0")/.."

OUTPUT=${OUTPUT_DIR:-Output}
EXAMPLE=Output/article-example.args
BIN=.build/debug/privatelink-runbook
WORK=build/browser-test   # the hostile page, screenshots of failing tests: kept to look at
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
PYPI=(playwright==1.65.2 axe-playwright-python==0.1.8 "pytest>=8")

ensure_debian_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  # Japanese glyphs, or the ja pages' screenshots show empty boxes.
  [ -n "$(fc-list :lang=ja 2>/dev/null)" ] || missing+=(fonts-ipafont-gothic)
  [ ${#missing[@]} = 0 ] && return
  echo "Installing ${missing[*]} (apt-get, about a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when they don't know chromium or are too stale to fetch it.
  if ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]' \
     || ! $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; then
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_python_packages() {
  python3 -c 'import playwright, axe_playwright_python, pytest' 2>/dev/null && return
  echo "Installing ${PYPI[*]} (pip)..."
  python3 -m pip install -q "${PYPI[@]}"
}

# Hostile sentences in override catalogs: the page made from them must show them as inert text.
hostile_page() {
  local dir=$WORK/hostile
  python3 Scripts/browser_check.py hostile-templates Templates/locales/en.json "$dir/templates"
  xargs -d '\n' -a "$EXAMPLE" "$BIN" generate --templates "$dir/templates" \
    --lang en --format html --output "$dir/out" >/dev/null
  ls "$dir"/out/*/runbook.en.html
}

ensure_debian_packages
ensure_python_packages
[ -x "$BIN" ] || make --no-print-directory build
rm -rf "$WORK"
mkdir -p "$WORK"
BROWSER_TEST_PAGES=$(ls "$OUTPUT"/*/*.html)
BROWSER_TEST_HOSTILE=$(hostile_page)
export BROWSER_TEST_PAGES BROWSER_TEST_HOSTILE BROWSER_TEST_SHOTS=$WORK/failures
exec python3 -m pytest -p no:cacheprovider -q Scripts/browser_check.py "$@"
