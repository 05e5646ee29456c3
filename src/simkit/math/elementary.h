// SPDX-License-Identifier: MIT
#pragma once

// log, log2 and exp computed by simkit itself, the same operations in native C++ and in wasm:
// libm's results can differ in the last bit between glibc (which picks FMA variants at run time)
// and Emscripten's musl, and musl's lookup tables cost about 7 KB of the gzipped wasm. Accurate to
// about one unit in the last place; not correctly rounded (neither is libm).
namespace simkit::math {

double log(double x);
double log2(double x);
double exp(double x);

}  // namespace simkit::math
