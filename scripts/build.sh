#!/usr/bin/env bash
# Builds everything: the native core + tests, the wasm module into npm/dist, and the TypeScript
# package. Prints the shipped size (wasm + glue, gzip).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
export NODE_PATH=/usr/share/nodejs  # emcc needs Debian's acorn (node-acorn)
jobs=$(nproc)

cmake --preset native-release >/dev/null
cmake --build build/native-release -j"$jobs"
emcmake cmake --preset wasm-release >/dev/null
cmake --build build/wasm-release -j"$jobs"
rm -f npm/dist/simkit-noeval.*  # the second glue older builds made
rm -f npm/dist/*.d.ts.map npm/dist/*/*.d.ts.map npm/dist/*/*/*.d.ts.map  # left by older builds
# The JavaScript without comments (a third of its gzip size; the source maps keep the sources),
# the declarations with them (editors show the documentation).
npx --no-install tsc -p npm
npx --no-install tsc -p npm/tsconfig.types.json
cp -f npm/src/simkit.wasm.d.ts npm/dist/  # a declaration tsc does not emit (it has no .ts)
cp -f README.md npm/README.md 2>/dev/null || true
cp -f LICENSE npm/LICENSE 2>/dev/null || true
node web/vendor.mjs  # the demo's browser copies of the optional format libraries (build/web-vendor)

wasm_gz=$(gzip -9c npm/dist/simkit.wasm | wc -c)
glue_gz=$(gzip -9c npm/dist/simkit.mjs | wc -c)
js_gz=$(cat npm/dist/*.js | gzip -9c | wc -c)
printf 'build: package size (gzip -9): wasm %d B + glue %d B + api %d B = %d KiB\n' \
  "$wasm_gz" "$glue_gz" "$js_gz" $(((wasm_gz + glue_gz + js_gz) / 1024))
