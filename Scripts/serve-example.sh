#!/usr/bin/env bash
# `make serve`: writes the article's example as the JSON API's values object
# (build/serve/example.json), prints curl commands that use it, and serves on 127.0.0.1:PORT until
# Ctrl-C. Usage: Scripts/serve-example.sh BINARY ARGS_FILE PORT
set -euo pipefail
binary=$1 args=$2 port=$3
mkdir -p build/serve
python3 - "$args" > build/serve/example.json <<'PY'
import json, sys
words = [w for w in open(sys.argv[1], encoding="utf-8").read().split("\n") if w]
keys = {"--addon": "addon", "--app": "app", "--aws-account-id": "awsAccountIds", "--endpoint-id": "endpointId",
        "--region": "region", "--service-name": "serviceName", "--vpc-id": "vpcId", "--subnet-id": "subnetIds"}
values = {}
for flag, value in zip(words[::2], words[1::2]):
    key = keys[flag]
    if key.endswith("Ids"): values.setdefault(key, []).append(value)
    else: values[key] = value
print(json.dumps(values, indent=2))
PY
cat <<EOF2
The article's example is in build/serve/example.json. Open http://127.0.0.1:$port/ in a browser, or:
  curl -s -H 'Content-Type: application/json' -H 'Accept: text/markdown' --data @build/serve/example.json http://127.0.0.1:$port/v1/runbooks
  curl -s -H 'Content-Type: application/json' -H 'Accept: application/zip' --data @build/serve/example.json -o example.zip http://127.0.0.1:$port/v1/runbooks
  curl -s -H 'Content-Type: application/json' --data @build/serve/example.json http://127.0.0.1:$port/v1/validations
EOF2
exec "$binary" serve --port "$port"
