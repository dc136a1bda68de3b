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
# Left out: ignored_auth (the service runs here without a token; the Swift tests check the token),
# the resource checks (it stores nothing), and positive_data_acceptance: the document types every
# value as a string on purpose, since the rules live once, in the RuleSet (GET /v1/rules), and a
# string the rules refuse is answered 422 with every problem, which is the contract.
# Run inside $WORK: schemathesis keeps its example database (.schemathesis/) in the current folder.
cd "$WORK"
schemathesis run "$SERVE_URL/openapi.json" \
  --checks all \
  --exclude-checks ignored_auth,use_after_free,ensure_resource_availability,object_level_authorization,positive_data_acceptance \
  --max-time "${SCHEMATHESIS_SECONDS:-120}" --workers 2 --request-timeout 10 \
  --suppress-health-check too_slow,filter_too_much \
  --report junit --report-dir . "$@"
