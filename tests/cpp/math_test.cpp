// SPDX-License-Identifier: MIT
// simkit::math's log, log2 and exp: within two units in the last place of the platform's libm
// (glibc natively, musl in wasm), the special values libm gives, and the same bits everywhere.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>

#include "simkit/math/elementary.h"

namespace {

int64_t ulps_apart(double a, double b) {
  if (a == b) return 0;
  int64_t x = 0;
  int64_t y = 0;
  std::memcpy(&x, &a, 8);
  std::memcpy(&y, &b, 8);
  return x > y ? x - y : y - x;
}

}  // namespace

TEST_CASE("math: log, log2 and exp within two ulps of libm over their whole ranges") {
  std::mt19937_64 random(7);
  std::uniform_real_distribution<double> mantissa(0.5, 2.0);
  std::uniform_real_distribution<double> exponent_arg(-745.0, 709.7);
  std::uniform_real_distribution<double> near_zero(-2.0, 2.0);
  int64_t worst_log = 0;
  int64_t worst_log2 = 0;
  int64_t worst_exp = 0;
  for (int i = 0; i < 200000; ++i) {
    const double x = std::ldexp(mantissa(random), static_cast<int>(random() % 2100) - 1075);
    if (x == 0.0 || std::isinf(x)) continue;
    worst_log = std::max(worst_log, ulps_apart(simkit::math::log(x), std::log(x)));
    worst_log2 = std::max(worst_log2, ulps_apart(simkit::math::log2(x), std::log2(x)));
    const double y = i % 2 ? exponent_arg(random) : near_zero(random);
    worst_exp = std::max(worst_exp, ulps_apart(simkit::math::exp(y), std::exp(y)));
  }
  CHECK(worst_log <= 2);
  CHECK(worst_log2 <= 2);
  CHECK(worst_exp <= 2);
}

TEST_CASE("math: special values are libm's") {
  constexpr double inf = std::numeric_limits<double>::infinity();
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(simkit::math::log(1.0) == 0.0);
  CHECK(simkit::math::log2(1.0) == 0.0);
  CHECK(simkit::math::log(0.0) == -inf);
  CHECK(simkit::math::log2(-0.0) == -inf);
  CHECK(std::isnan(simkit::math::log(-1.0)));
  CHECK(std::isnan(simkit::math::log2(-inf)));
  CHECK(std::isnan(simkit::math::log(nan)));
  CHECK(simkit::math::log(inf) == inf);
  CHECK(simkit::math::log2(0x1p-1074) == -1074.0);  // the smallest subnormal
  CHECK(simkit::math::log2(0x1p1023) == 1023.0);
  CHECK(simkit::math::exp(0.0) == 1.0);
  CHECK(simkit::math::exp(-inf) == 0.0);
  CHECK(simkit::math::exp(inf) == inf);
  CHECK(simkit::math::exp(710.0) == inf);
  CHECK(simkit::math::exp(-746.0) == 0.0);
  CHECK(simkit::math::exp(-745.13) == 0x1p-1074);
  CHECK(std::isnan(simkit::math::exp(nan)));
}

// The same operations in native C++ and in wasm: these bits hold in both test builds.
TEST_CASE("math: golden bits, identical natively and in wasm") {
  CHECK(simkit::math::log(10.0) == 0x1.26bb1bbb55516p+1);
  CHECK(simkit::math::log(0.3) == -0x1.34378fcbda721p+0);
  CHECK(simkit::math::log2(3.0) == 0x1.95c01a39fbd69p+0);
  CHECK(simkit::math::log2(1e-300) == -0x1.f24a09f1a8b89p+9);
  CHECK(simkit::math::exp(1.0) == 0x1.5bf0a8b14576ap+1);
  CHECK(simkit::math::exp(-0.7) == 0x1.fc80db9dd5542p-2);
  CHECK(simkit::math::exp(-740.0) == 0x0.0000000000055p-1022);
}
