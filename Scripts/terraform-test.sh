#!/usr/bin/env bash
# make terraform-test: the generated Terraform configurations run for real (Tests/CLITests/
# TerraformScenarioTests.swift), apart from `make test`, since each scenario costs a minute or two.
#
# Needs Terraform (1.5 or later; written against 1.11.4) and the AWS provider hashicorp/aws 5.x in a
# local filesystem mirror, as on these machines (no registry is reachable): the folder that holds
# registry.terraform.io/hashicorp/aws/<version>/<os>_<arch>/, found with find(1) or given as
# TERRAFORM_PROVIDER_MIRROR. Fails, naming what is missing, when either is not there.
# Installs the PyPI packages moto[server] and awscli when missing, writes its own Terraform CLI
# configuration (the environment's TF_CLI_CONFIG_FILE may name a file that does not exist), starts
# the project's moto launcher (Scripts/moto_server.py) on a free loopback port that it checks is
# its own, runs the scenarios one after another, and stops the emulator. Timings go to
# build/terraform-test/timings.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "terraform-test: $*" >&2; exit 1; }

command -v terraform >/dev/null \
  || fail "terraform is not on the PATH. Install Terraform 1.5 or later (https://developer.hashicorp.com/terraform/install)."
platform=$(terraform version -json | python3 -c 'import json, sys; print(json.load(sys.stdin)["platform"])')
echo "terraform-test: $(terraform version | head -1) ($platform)"

mirror=${TERRAFORM_PROVIDER_MIRROR:-}
if [ -z "$mirror" ]; then
  while IFS= read -r candidate; do
    if compgen -G "$candidate/hashicorp/aws/5.*/$platform" >/dev/null; then mirror=$(dirname "$candidate"); break; fi
  # Not a configuration's .terraform/providers, which links into the mirror it was installed from.
  done < <(find / -xdev -name .terraform -prune -o -type d -name registry.terraform.io -print -prune 2>/dev/null)
fi
[ -n "$mirror" ] && compgen -G "$mirror/registry.terraform.io/hashicorp/aws/5.*/$platform" >/dev/null \
  || fail "no local mirror of the provider hashicorp/aws 5.x for $platform: no folder registry.terraform.io/hashicorp/aws/5.*/$platform was found${TERRAFORM_PROVIDER_MIRROR:+ under TERRAFORM_PROVIDER_MIRROR=$TERRAFORM_PROVIDER_MIRROR}. Set TERRAFORM_PROVIDER_MIRROR to the folder that holds registry.terraform.io."
echo "terraform-test: provider mirror $mirror ($(basename "$(dirname "$(compgen -G "$mirror/registry.terraform.io/hashicorp/aws/5.*/$platform" | sort -V | tail -1)")"))"

python3 -c 'import moto.server, flask, boto3' 2>/dev/null || { echo "Installing moto[server] (pip)..."; python3 -m pip install -q 'moto[server]'; }
command -v aws >/dev/null || { echo "Installing awscli (pip)..."; python3 -m pip install -q awscli; }

work=build/terraform-test
mkdir -p "$work"
: > "$work/timings.txt"
# The mirror only; never a registry (TF docs, "CLI Configuration File", provider_installation).
cat > "$work/terraform.tfrc" <<EOF
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/hashicorp/*"]
  }
  direct {
    exclude = ["*/*"]
  }
}
disable_checkpoint = true
EOF

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
python3 Scripts/moto_server.py -H 127.0.0.1 -p "$port" >"$log" 2>&1 &
moto_pid=$!
trap 'kill "$moto_pid" 2>/dev/null || true; wait "$moto_pid" 2>/dev/null || true; rm -f "$log"' EXIT

for _ in $(seq 1 60); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/moto-api/', timeout=1)" 2>/dev/null && break
  kill -0 "$moto_pid" 2>/dev/null || { cat "$log" >&2; fail "moto_server stopped"; }
  sleep 0.5
done
# Another session may run its own emulator: the port must be listened on by the process started
# here, not merely answer (its socket's inode among that process's file descriptors).
python3 - "$port" "$moto_pid" <<'EOF' || { cat "$log" >&2; fail "port $port is not held by the emulator started here (pid $moto_pid)"; }
import os, sys
port, pid = int(sys.argv[1]), sys.argv[2]
inodes = set()
for table in ("/proc/net/tcp", "/proc/net/tcp6"):
    try:
        rows = open(table).read().splitlines()[1:]
    except OSError:
        continue
    for row in rows:
        fields = row.split()
        if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "0A":  # 0A: LISTEN
            inodes.add(fields[9])
held = {os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")}
sys.exit(0 if inodes and all(f"socket:[{inode}]" in held for inode in inodes) else 1)
EOF
echo "terraform-test: AWS API emulator (moto) on http://127.0.0.1:$port, pid $moto_pid"

export PRIVATELINK_TEST_AWS_ENDPOINT="http://127.0.0.1:$port" PRIVATELINK_TERRAFORM_TEST=1
export TF_CLI_CONFIG_FILE="$PWD/$work/terraform.tfrc" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1 TF_INPUT=0
${SWIFT:-swift} build
${SWIFT:-swift} test --filter TerraformScenarioTests 2>&1 | tee "$work/test.log"
# A filter that matched nothing, or scenarios that were skipped, would pass: they must have run.
grep -q "Suite TerraformScenarioTests passed" "$work/test.log" || fail "the Terraform scenarios did not all run and pass (see $work/test.log)"
[ "$(grep -c '' "$work/timings.txt")" -eq 4 ] || fail "expected the timings of 4 scenarios in $work/timings.txt"
echo "terraform-test: timings (also in $work/timings.txt):"
cat "$work/timings.txt"
