#!/usr/bin/env bash
# `make serve-api-fuzz`: schemathesis (PyPI) against `privatelink-runbook serve` on a free loopback
# port, generating requests from /openapi.json (valid and invalid bodies, wrong methods, odd
# headers): no answer may be a 5xx, and every answer must match the status, type, headers and
# schema the document gives. The run is bounded (SCHEMATHESIS_SECONDS, default 120).
# Usage: Scripts/serve-api-fuzz.sh [schemathesis arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${SERVE_BIN:-.build/debug/privatelink-runbook}
WORK=build/serve-api-fuzz
python3 -c 'import schemathesis' 2>/dev/null || { echo "Installing schemathesis (pip)..."; python3 -m pip install -q "schemathesis>=4.3,<5"; }
[ -x "$BIN" ] || make --no-print-directory build
rm -rf "$WORK" && mkdir -p "$WORK"
source Scripts/serve-start.sh "$BIN" "$WORK/serve.log"
# ignored_auth and the resource checks need an API that stores things; this one stores nothing and
# runs here without a token. Everything else runs.
schemathesis run "$SERVE_URL/openapi.json" \
  --checks all --exclude-checks ignored_auth,use_after_free,ensure_resource_availability,object_level_authorization \
  --max-time "${SCHEMATHESIS_SECONDS:-120}" --workers 2 --request-timeout 10 \
  --suppress-health-check too_slow,filter_too_much \
  --report junit --report-dir "$WORK" "$@"
