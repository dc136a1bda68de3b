#!/usr/bin/env bash
# `make serve-ui-test`: the service's pages in headless Chromium (Scripts/serve_ui_check.py: pytest,
# Playwright, axe-core) against `privatelink-runbook serve` on a free loopback port, started here
# and stopped (by its pid) afterwards. Scripts/browser-deps.sh installs what it needs when missing.
# Usage: Scripts/serve-ui-test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${SERVE_BIN:-.build/debug/privatelink-runbook}
WORK=build/serve-ui-test
Scripts/browser-deps.sh
[ -x "$BIN" ] || make --no-print-directory build
rm -rf "$WORK" && mkdir -p "$WORK"
source Scripts/serve-start.sh "$BIN" "$WORK/serve.log"
export SERVE_URL SERVE_BIN=$BIN SERVE_SHOTS=$WORK/failures
python3 -m pytest -p no:cacheprovider -q Scripts/serve_ui_check.py "$@"
