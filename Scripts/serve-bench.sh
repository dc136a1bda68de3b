#!/usr/bin/env bash
# `make serve-bench`: the release build of `privatelink-runbook serve` on loopback under wrk.
# Usage: Scripts/serve-bench.sh BINARY ARGS_FILE
#  1. POST /v1/runbooks for one Markdown runbook, then one HTML page (the article's example,
#     English): 32 connections, 2 wrk threads, BENCH_SECONDS (default 20) a run after a 5-second
#     warm-up, 3 runs each; the medians of requests per second and of the 99th-percentile latency.
#  2. A million Markdown requests in one run, then the server's resident memory (VmRSS) and its
#     peak (VmHWM), from /proc.
# The machine's load is printed first: wrk and the server share its cores.
set -euo pipefail
binary=$(realpath "$1")
need() { command -v "$1" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds=${BENCH_SECONDS:-20}
million=${BENCH_REQUESTS:-1000000}

for fmt in md html; do
  "$(dirname "$0")/example_json.py" "$2" language=en format=$fmt > "$work/$fmt.json"
  # wrk's script: the same body, on one line.
  python3 -c 'import json, sys; body = json.dumps(json.load(open(sys.argv[1])))
open(sys.argv[2], "w").write("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n" + f"wrk.body = {json.dumps(body)}\n")' \
    "$work/$fmt.json" "$work/$fmt.lua"
done

source "$(dirname "$0")/serve-start.sh" "$binary" "$work/serve.log"
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min); $("$binary" --version); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "Service: $SERVE_URL (pid $SERVE_PID)"
# Every answer must be the runbook, not a problem: checked once before measuring.
for fmt in md html; do
  curl -sf -o /dev/null -H 'Content-Type: application/json' --data-binary "@$work/$fmt.json" "$SERVE_URL/v1/runbooks" \
    || { echo "the example is refused ($fmt)" >&2; exit 1; }
done

run() {  # run NAME LUA SECONDS → prints "rps p99_ms"
  wrk -t2 -c32 -d"$3"s --latency -s "$2" "$SERVE_URL/v1/runbooks" > "$work/$1.txt"
  python3 - "$work/$1.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", text).groups()
p99 = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
if errors: sys.exit(f"{errors.group(1)} answers were not 2xx")
print(f"{rps:.0f} {p99:.2f}")
PY
}

echo
echo "| POST /v1/runbooks, 32 connections | run 1 | run 2 | run 3 | median req/s | median p99 | target |"
echo "|---|---:|---:|---:|---:|---:|---|"
for fmt in md html; do
  run warm "$work/$fmt.lua" 5 >/dev/null
  results=()
  for n in 1 2 3; do results+=("$(run "$fmt-$n" "$work/$fmt.lua" "$seconds")"); done
  python3 - "$fmt" "${results[@]}" <<'PY'
import statistics, sys
fmt, runs = sys.argv[1], [r.split() for r in sys.argv[2:]]
rps = [float(r[0]) for r in runs]; p99 = [float(r[1]) for r in runs]
target = {"md": "≥ 2,000 req/s, p99 ≤ 25 ms", "html": "≥ 1,000 req/s, p99 ≤ 25 ms"}[fmt]
name = {"md": "one Markdown runbook", "html": "one HTML page"}[fmt]
cells = " | ".join(f"{r:.0f} req/s, p99 {p:.1f} ms" for r, p in zip(rps, p99))
print(f"| {name} | {cells} | {statistics.median(rps):.0f} | {statistics.median(p99):.1f} ms | {target} |")
PY
done

echo
rss_before=$(awk '/VmRSS/ {print $2}' /proc/"$SERVE_PID"/status)
md_rps=$(awk '{print $1}' <<<"$(run probe "$work/md.lua" 5)")
duration=$(python3 -c "import math; print(math.ceil($million / $md_rps * 1.1))")
wrk -t2 -c32 -d"${duration}"s -s "$work/md.lua" "$SERVE_URL/v1/runbooks" > "$work/million.txt"
requests=$(grep -o '[0-9]* requests in' "$work/million.txt" | cut -d' ' -f1)
grep -q 'Non-2xx' "$work/million.txt" && { echo "some answers were not 2xx" >&2; exit 1; }
awk -v before="$rss_before" -v n="$requests" '/VmRSS/ {rss=$2} /VmHWM/ {hwm=$2} END {
  printf "Memory after %d Markdown requests in one run: VmRSS %.1f MiB (%.1f MiB before), peak VmHWM %.1f MiB (target: under 100 MiB)\n", n, rss/1024, before/1024, hwm/1024 }' /proc/"$SERVE_PID"/status
