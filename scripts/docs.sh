#!/usr/bin/env bash
# Builds the API reference (TypeDoc) from the package's public entry points into docs/api/.
# Fails on an undocumented export or a broken {@link}: every warning is an error.
# typedoc.json lists the entry points; its intentionallyNotDocumented names fields of inline
# object types that are described in their parent's comment instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rm -rf docs/api
npx --no-install typedoc --options typedoc.json --validation.notDocumented --validation.invalidLink \
  --treatWarningsAsErrors --logLevel Warn
echo "docs: API reference in docs/api/index.html"
