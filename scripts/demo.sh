#!/usr/bin/env bash
# The README's main command: builds everything and the API reference, then serves the demo page
# (and the reference at /docs/) on 127.0.0.1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/build.sh
bash scripts/docs.sh   # the API reference, served at /docs/
exec node web/serve.mjs --port "${PORT:-8080}"
