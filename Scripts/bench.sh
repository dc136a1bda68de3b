#!/usr/bin/env bash
# Benchmarks the release binary on the article's example: `make bench`.
# Usage: Scripts/bench.sh BINARY ARGS_FILE. Prints medians (hyperfine, 50 runs after 5 warm-ups),
# one run's wall time and peak memory (/usr/bin/time -v) and its instruction count (callgrind,
# repeatable whatever else the machine is doing).
set -euo pipefail
binary=$1
mapfile -t example < "$2"
need() { command -v "$1" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need hyperfine hyperfine
need valgrind valgrind
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
args=$(printf ' %q' "${example[@]}")
hyperfine --warmup 5 --runs 50 -N --style none --export-json "$out/results.json" \
  -n "validate" "$binary validate$args" \
  -n "generate en md --stdout" "$binary generate$args --stdout --lang en --format md" \
  -n "generate en html --stdout" "$binary generate$args --stdout --lang en --format html" \
  -n "generate all 4 files" "$binary generate$args --output $out/files" >/dev/null
python3 - "$out/results.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
print(f"| command | median | min | max | median / validate |")
print(f"|---|---:|---:|---:|---:|")
for r in results:
    print(f"| {r['command']} | {r['median']*1000:.1f} ms | {r['min']*1000:.1f} ms | {r['max']*1000:.1f} ms | {r['median']/base:.2f} |")
PY
/usr/bin/time -v "$binary" generate "${example[@]}" --output "$out/files" 2>&1 >/dev/null \
  | grep -E 'Elapsed|Maximum resident' | sed 's/^\s*/generate all 4 files: /'
# valgrind 3.19 cannot read the debug info of this binary (it gives up on it): count a stripped copy.
strip -o "$out/stripped" "$binary"
valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$out/stripped" generate "${example[@]}" --output "$out/files" 2>&1 >/dev/null \
  | grep -E 'refs' | sed 's/^==[0-9]*== /generate all 4 files, instructions: /'
