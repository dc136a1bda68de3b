#!/usr/bin/env bash
# Runs a command with a local AWS API: `Scripts/with-moto.sh swift test`.
# Installs the PyPI packages moto[server] and awscli when missing, starts moto's server
# (Scripts/moto_server.py: endpoint service ids with 17 hex digits, as AWS gives them) on a free
# loopback port, tells the tests where it is (PRIVATELINK_TEST_AWS_ENDPOINT), and stops it afterwards.
set -euo pipefail

python3 -c 'import moto.server, flask' 2>/dev/null || { echo "Installing moto[server] (pip)..."; python3 -m pip install -q 'moto[server]'; }
command -v aws >/dev/null || { echo "Installing awscli (pip)..."; python3 -m pip install -q awscli; }

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
python3 "$(dirname "$0")/moto_server.py" -H 127.0.0.1 -p "$port" >"$log" 2>&1 &
moto_pid=$!
trap 'kill "$moto_pid" 2>/dev/null || true; wait "$moto_pid" 2>/dev/null || true; rm -f "$log"' EXIT

# Wait up to 30 s for the emulator to answer.
for _ in $(seq 1 60); do
  if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/moto-api/', timeout=1)" 2>/dev/null; then
    break
  fi
  kill -0 "$moto_pid" 2>/dev/null || { echo "moto_server stopped:" >&2; cat "$log" >&2; exit 69; }
  sleep 0.5
done
python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/moto-api/', timeout=1)" \
  || { echo "moto_server did not answer on port $port" >&2; cat "$log" >&2; exit 69; }

echo "AWS API emulator (moto) on http://127.0.0.1:$port"
PRIVATELINK_TEST_AWS_ENDPOINT="http://127.0.0.1:$port" "$@"
