// SPDX-License-Identifier: MIT
// doctest entry point for the whole C++ suite (native, sanitizers, and wasm under node).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
