#!/usr/bin/env bash
# The README's main command: builds everything, then serves the demo page on 127.0.0.1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/build.sh
exec node web/serve.mjs --port "${PORT:-8080}"
