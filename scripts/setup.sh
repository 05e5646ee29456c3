#!/usr/bin/env bash
# Installs everything simkit needs on a Debian 12 machine, idempotently: Debian packages (compilers,
# Emscripten, xxHash and doctest headers, Chromium for browser tests), utf8proc's source from
# Debian (built into the core for Unicode normalization), and the npm devDependencies.
# Nothing is downloaded from anywhere but Debian's mirrors and the npm registry.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# bible-kjv: the public-domain King James text, the stylometry benchmark's classic corpus.
# postgresql: the server the simkit/sql tests start on a private port (tests/js/postgres-server.mjs).
# python3-jellyfish, -levenshtein, -thefuzz: independent oracles for the string distances.
# unicode-data: UnicodeData.txt and NormalizationTest.txt, the independent oracles for word tokens and
# NFC/NFKC (tests/js/tokenize-oracle.test.js, normalization-conformance.test.js).
# python3-sklearn: TfidfVectorizer, run live as the TF-IDF oracle (tests/js/tfidf-oracle.test.js).
apt_packages=(cmake g++ make emscripten node-acorn libxxhash-dev doctest-dev chromium dpkg-dev
  clang clang-format clang-tidy libclang-rt-14-dev fonts-dejavu-core bible-kjv strace postgresql
  python3-jellyfish python3-levenshtein python3-thefuzz unicode-data bzip2 python3-sklearn)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

need_update=0
if ! ls .deps/utf8proc/utf8proc.c >/dev/null 2>&1; then
  # apt-get source needs a deb-src entry for the mirror the machine already uses.
  if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
        > /etc/apt/sources.list.d/simkit-deb-src.sources
    else
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list > /etc/apt/sources.list.d/simkit-deb-src.list
    fi
  fi
  need_update=1
fi
if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ]; then
  echo "setup: apt-get install ${missing[*]:-} (first run only)"
  apt-get update -qq
  [ ${#missing[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! ls .deps/utf8proc/utf8proc.c >/dev/null 2>&1; then
  echo "setup: fetching utf8proc source from Debian"
  tmp=$(mktemp -d)
  # as root apt warns that the download is unsandboxed; that is expected here
  (cd "$tmp" && apt-get source -qq --download-only utf8proc 2>&1 | grep -v '^W: Download is performed unsandboxed' || true)
  mkdir -p .deps/utf8proc
  tarball=$(ls "$tmp"/utf8proc_*.orig.tar.* | head -n1)
  tar -xf "$tarball" -C .deps/utf8proc --strip-components=1
  rm -rf "$tmp"
  test -f .deps/utf8proc/utf8proc_data.c
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
