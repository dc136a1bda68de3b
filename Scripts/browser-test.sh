#!/usr/bin/env bash
# `make browser-test`: every HTML page that `make demo` writes (Output/*/*.html) and a page made from
# hostile catalogs, checked in headless Chromium by what a reader does: Scripts/browser_check.py
# (pytest + Playwright + axe-core). Scripts/browser-deps.sh installs what it needs when missing.
# Usage: Scripts/browser-test.sh [pytest arguments]
#   OUTPUT_DIR=folder   check the pages of another copy of Output/
set -euo pipefail
cd "$(dirname "$0")/.."

OUTPUT=${OUTPUT_DIR:-Output}
EXAMPLE=Output/article-example.args
BIN=.build/debug/privatelink-runbook
WORK=build/browser-test   # the hostile page, screenshots of failing tests: kept to look at

# Hostile sentences in override catalogs: the page made from them must show them as inert text.
hostile_page() {
  local dir=$WORK/hostile
  python3 Scripts/browser_check.py hostile-templates Templates/locales/en.json "$dir/templates"
  xargs -d '\n' -a "$EXAMPLE" "$BIN" generate --templates "$dir/templates" \
    --lang en --format html --output "$dir/out" >/dev/null
  ls "$dir"/out/*/runbook.en.html
}

Scripts/browser-deps.sh
[ -x "$BIN" ] || make --no-print-directory build
rm -rf "$WORK"
mkdir -p "$WORK"
BROWSER_TEST_PAGES=$(ls "$OUTPUT"/*/*.html)
BROWSER_TEST_HOSTILE=$(hostile_page)
export BROWSER_TEST_PAGES BROWSER_TEST_HOSTILE BROWSER_TEST_SHOTS=$WORK/failures
exec python3 -m pytest -p no:cacheprovider -q Scripts/browser_check.py "$@"
