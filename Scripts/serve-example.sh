#!/usr/bin/env bash
# `make serve`: writes the article's example as the JSON API's values object
# (build/serve/example.json), prints curl commands that use it, and serves on 127.0.0.1:PORT until
# Ctrl-C. Usage: Scripts/serve-example.sh BINARY ARGS_FILE PORT
set -euo pipefail
binary=$1 args=$2 port=$3
mkdir -p build/serve
"$(dirname "$0")/example_json.py" "$args" > build/serve/example.json
cat <<EOF2
The article's example is in build/serve/example.json. Open http://127.0.0.1:$port/ in a browser, or:
  curl -s -H 'Content-Type: application/json' -H 'Accept: text/markdown' --data @build/serve/example.json http://127.0.0.1:$port/v1/runbooks
  curl -s -H 'Content-Type: application/json' -H 'Accept: application/zip' --data @build/serve/example.json -o example.zip http://127.0.0.1:$port/v1/runbooks
  curl -s -H 'Content-Type: application/json' --data @build/serve/example.json http://127.0.0.1:$port/v1/validations
EOF2
exec "$binary" serve --port "$port"
