# Sourced: starts `BIN serve --port 0 [ARGS…]` with its log in LOG, waits for the address it
# prints, sets SERVE_URL and SERVE_PID, and stops that process (by its pid) when the caller exits.
# Usage: source Scripts/serve-start.sh BIN LOG [serve arguments]
serve_bin=$1 serve_log=$2
shift 2
"$serve_bin" serve --port 0 "$@" 2>"$serve_log" &
SERVE_PID=$!
trap 'kill "$SERVE_PID" 2>/dev/null; wait "$SERVE_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  SERVE_URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$serve_log" | head -1 || true)
  [ -n "$SERVE_URL" ] && break
  kill -0 "$SERVE_PID" 2>/dev/null || { cat "$serve_log" >&2; echo "serve did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$SERVE_URL" ] || { echo "serve printed no address" >&2; exit 1; }
export SERVE_URL SERVE_PID
