#!/usr/bin/env bash
# Benchmarks the release binary: `make bench`. Usage: Scripts/bench.sh BINARY ARGS_FILE
#  1. One customer: medians of single commands (hyperfine, 50 runs after 5 warm-ups), one run's
#     wall time and peak memory (/usr/bin/time -v) and instruction count (callgrind).
#  2. The single cold `generate` against the `cmark` command-line tool rendering the same two
#     Markdown files, side by side in one hyperfine run.
#  3. A batch of 10,000 generated rows (both languages, both formats, index), median of 2 runs:
#     runbooks (rows) per second, beside the in-process floor (Scripts/bench-floor.c: the same Markdown through libcmark
#     and the same file writes, nothing else) and the ratio; peak memory at 1,000, 10,000 and
#     100,000 rows; instructions per row (callgrind, 200 rows).
# Runbooks are written to /dev/shm (memory; the 100,000-row batch only when there is room), so that
# the disk's speed, which varies with what else the machine does, is not what is measured. The
# machine's load is printed first: run it when `uptime` shows little else running.
set -euo pipefail
binary=$(realpath "$1")
mapfile -t example < "$2"
need() { command -v "$1" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need hyperfine hyperfine
need valgrind valgrind
need cmark cmark
need gcc gcc
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
out=$(mktemp -d)
shm=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
trap 'rm -rf "$out" "$shm"' EXIT

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min); $("$binary" --version); $(cmark --version | head -1)"
echo

args=$(printf ' %q' "${example[@]}")
echo "## One customer"
hyperfine --warmup 5 --runs 50 -N --style none --export-json "$out/results.json" \
  -n "validate" "$binary validate$args" \
  -n "generate en md --stdout" "$binary generate$args --stdout --lang en --format md" \
  -n "generate en html --stdout" "$binary generate$args --stdout --lang en --format html" \
  -n "generate all 4 files" "$binary generate$args --output $shm/files" >/dev/null
python3 - "$out/results.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
print(f"| command | median | min | max | median / validate |")
print(f"|---|---:|---:|---:|---:|")
for r in results:
    print(f"| {r['command']} | {r['median']*1000:.1f} ms | {r['min']*1000:.1f} ms | {r['max']*1000:.1f} ms | {r['median']/base:.2f} |")
PY
/usr/bin/time -v "$binary" generate "${example[@]}" --output "$shm/files" 2>&1 >/dev/null \
  | grep -E 'Elapsed|Maximum resident' | sed 's/^\s*/generate all 4 files: /'
# valgrind 3.19 cannot read the debug info of this binary (it gives up on it): count a stripped copy.
strip -o "$out/stripped" "$binary"
valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$out/stripped" generate "${example[@]}" --output "$shm/files" 2>&1 >/dev/null \
  | grep -E 'refs' | sed 's/^==[0-9]*== /generate all 4 files, instructions: /'

echo
echo "## Cold generate against cmark on the same two Markdown files"
folder=$(dirname "$(find "$shm/files" -name runbook.ja.md | head -1)")
hyperfine --warmup 5 --runs 50 -N --style none --export-json "$out/cold.json" \
  -n "generate (2 Markdown, 2 HTML pages, index)" "$binary generate$args --output $shm/cold" \
  -n "cmark runbook.ja.md runbook.en.md" "cmark $folder/runbook.ja.md $folder/runbook.en.md" >/dev/null
python3 - "$out/cold.json" <<'PY'
import json, sys
generate, cmark = json.load(open(sys.argv[1]))["results"]
for r in (generate, cmark):
    print(f"| {r['command']} | median {r['median']*1000:.2f} ms | min {r['min']*1000:.2f} ms | max {r['max']*1000:.2f} ms |")
print(f"generate / cmark (medians): {generate['median']/cmark['median']:.1f}x (target: at most 6x)")
PY

echo
echo "## Batch"
# Rows: the article's example with a new add-on and app on each row.
rows() {
  python3 - "$1" "$2" "${example[@]}" <<'PY'
import json, sys
count, path, words = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
keys = {"--addon": "addon", "--app": "app", "--aws-account-id": "awsAccountIds", "--endpoint-id": "endpointId",
        "--region": "region", "--service-name": "serviceName", "--vpc-id": "vpcId", "--subnet-id": "subnetIds",
        "--security-group-id": "securityGroupId", "--cidr": "cidr", "--aws-steps": "awsSteps"}
row = {}
for flag, value in zip(words[::2], words[1::2]):
    key = keys[flag]
    if key.endswith("Ids"): row.setdefault(key, []).append(value)
    else: row[key] = value
with open(path, "w") as f:
    for n in range(count):
        row["addon"], row["app"] = f"kafka-sushi-{n}", f"app-{n}"
        f.write(json.dumps(row) + "\n")
PY
}
rows 10000 "$out/rows10k.ndjson"
hyperfine --runs 2 -N --style none --export-json "$out/batch.json" --prepare "rm -rf $shm/batch" \
  -n "batch 10000 rows" "$binary batch $out/rows10k.ndjson --output $shm/batch --quiet" >/dev/null
gcc -O2 -o "$out/bench-floor" "$(dirname "$0")/bench-floor.c" $(pkg-config --cflags --libs libcmark) -pthread
for run in 1 2; do rm -rf "$shm/floor"; "$out/bench-floor" "$shm/batch" "$shm/floor" "$(nproc)"; done > "$out/floor.txt"
python3 - "$out/batch.json" "$out/floor.txt" <<'PY'
import json, re, statistics, sys
batch = json.load(open(sys.argv[1]))["results"][0]
floor = [float(re.search(r"in ([0-9.]+) s", line).group(1)) for line in open(sys.argv[2])]
b, f = batch["median"], statistics.median(floor)
print(f"| 10,000 rows, {__import__('os').cpu_count()} jobs | median | runbooks/s |")
print(f"|---|---:|---:|")
print(f"| privatelink-runbook batch (whole process) | {b:.2f} s | {10000/b:.0f} |")
print(f"| floor: libcmark + the same writes | {f:.2f} s | {10000/f:.0f} |")
print(f"batch / floor: {b/f:.2f}x (targets: at least 2,000 runbooks/s, at most 1.5x)")
PY
for count in 1000 10000 100000; do
  [ -f "$out/rows$count.ndjson" ] || rows "$count" "$out/rows$count.ndjson"
  # 100,000 rows write 8 GB: to memory only when it has room, else to disk.
  target=$shm/peak
  if [ "$count" -ge 100000 ] && [ "$(awk '/MemAvailable/ {print int($2/1048576)}' /proc/meminfo)" -lt 14 ]; then target=$out/peak; fi
  rm -rf "$target"
  /usr/bin/time -v "$binary" batch "$out/rows$count.ndjson" --output "$target" --quiet 2>&1 >/dev/null \
    | awk -v n="$count" -v where="$target" '/Maximum resident/ {kib=$NF} /Elapsed/ {t=$NF} END {printf "batch %6d rows: peak %.1f MiB, %s wall (%s)\n", n, kib/1024, t, where}'
  rm -rf "$target"
done
head -200 "$out/rows1000.ndjson" > "$out/rows200.ndjson"
valgrind --tool=callgrind --callgrind-out-file="$out/cg-batch" "$out/stripped" batch "$out/rows200.ndjson" --output "$shm/cg" --quiet --jobs 1 2>&1 >/dev/null \
  | awk '/refs/ {gsub(",", "", $NF); printf "batch 200 rows, 1 job: %.1f M instructions, %.2f M per row\n", $NF/1e6, $NF/200e6}'
