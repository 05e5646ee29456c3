#!/usr/bin/env bash
# Runs every test CI runs: the C++ suite natively, under ASan+UBSan and as wasm under node;
# the package's node --test suites (golden vectors, errors, memory, loading, pack); the mutation
# check; the demo page in headless Chromium. The README's test command.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
start=$(date +%s)
bash scripts/build.sh
export NODE_PATH=/usr/share/nodejs
jobs=$(nproc)

echo "== lint (clang-format, clang-tidy)"
bash scripts/lint.sh
echo "== C++ (native release)"
ctest --test-dir build/native-release --output-on-failure
echo "== C++ (wasm under node)"
ctest --test-dir build/wasm-release --output-on-failure
echo "== C++ (ASan + UBSan)"
cmake --preset native-asan >/dev/null
cmake --build build/native-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1 ctest --test-dir build/native-asan --output-on-failure
echo "== fuzzing (libFuzzer + ASan/UBSan, ${FUZZ_SECONDS:-30} s per target)"
bash scripts/fuzz.sh
echo "== package (node --test)"
node --test tests/js/
echo "== mutation check (each bug in tests/mutants/list.json must fail its tests)"
node scripts/mutants.mjs
echo "== API reference (TypeDoc: every export documented, no broken link)"
bash scripts/docs.sh
echo "== demo page (headless Chromium)"
node --test tests/e2e/
echo "== toolchains (the packed tarball in Vite, webpack, esbuild, Rollup, workerd, Bun, Deno, tsc)"
node --test --test-concurrency=1 tests/ecosystem/
echo "test: all suites passed in $(( $(date +%s) - start )) s"
