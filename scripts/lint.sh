#!/usr/bin/env bash
# clang-format (must be clean) and clang-tidy (bug-prone patterns, naming) over the C++ sources;
# Biome (format and lint, biome.json) over the TypeScript and JavaScript.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.h' 'bindings/*.cpp' 'bindings/*.h' 'tests/cpp/*.cpp' 'tests/cpp/*.h' 'tests/fuzz/*.cpp' 'tests/fuzz/*.h' 'bench/native/*.cpp')
clang-format --dry-run --Werror "${files[@]}"
mapfile -t tidy < <(git ls-files 'src/*.cpp' 'bindings/*_api.cpp' 'bindings/arena.cpp')
out=$(clang-tidy -p build/native-release --quiet "${tidy[@]}" 2>/dev/null | grep -E 'warning:|error:' || true)
if [ -n "$out" ]; then
  echo "$out"
  echo "lint: clang-tidy found the issues above" >&2
  exit 1
fi
echo "lint: clang-format and clang-tidy clean (${#files[@]} files)"
# libm's transcendental functions differ between glibc and Emscripten's musl (HACKING.md).
libm=$(git grep -nE 'std::(log|log2|log10|log1p|exp|exp2|expm1|pow)\(|\b(log|log2|exp|pow)\(' -- 'src/*.cpp' 'src/*.h' 'bindings/*.cpp' 'bindings/*.h' ':!src/simkit/math/*' | grep -vE '^[^:]*:[0-9]+:\s*//|math::' || true)
if [ -n "$libm" ]; then
  echo "$libm"
  echo "lint: use simkit::math (src/simkit/math/elementary.h), not libm, for the lines above" >&2
  exit 1
fi
# A failure prints the diff; `npx biome check --write .` applies the formatting and the safe fixes.
npx --no-install biome check --error-on-warnings .
echo "lint: biome clean"
