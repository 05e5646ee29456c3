// SPDX-License-Identifier: MIT
#include "simkit/math/elementary.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>

namespace simkit::math {

namespace {

// std::bit_cast is missing from Emscripten 3.1.6's libc++.
uint64_t bits_of(double x) {
  uint64_t bits = 0;
  std::memcpy(&bits, &x, sizeof bits);
  return bits;
}

double from_bits(uint64_t bits) {
  double x = 0.0;
  std::memcpy(&x, &bits, sizeof x);
  return x;
}

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// ln 2 split so that k · kLn2Hi is exact for |k| < 2^11.
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;
constexpr double kInvLn2Lo = 2.03552737409310614920e-17;  // 1/ln 2 − kInvLn2

// 1/n, for the series' coefficients.
constexpr auto kReciprocal = [] {
  std::array<double, 24> out{};
  for (size_t n = 1; n < out.size(); ++n) out[n] = 1.0 / static_cast<double>(n);
  return out;
}();

// x = m · 2^e with m in [√½, √2); x finite and > 0.
double reduce(double x, int& e) {
  uint64_t bits = bits_of(x);
  e = 0;
  if ((bits >> 52) == 0) {  // subnormal: scale into the normal range first
    bits = bits_of(x * 0x1p54);
    e = -54;
  }
  e += static_cast<int>(bits >> 52) - 1023;
  double m = from_bits((bits & 0x000FFFFFFFFFFFFFULL) | 0x3FF0000000000000ULL);
  if (m > 1.41421356237309504880) {
    m *= 0.5;
    ++e;
  }
  return m;
}

// log(1 + f) for 1 + f in [√½, √2): with s = f / (2 + f), log(1 + f) = 2·atanh(s)
// = f − (f²/2 − s·(f²/2 + R)), R = Σ 2·s^2k / (2k + 1); |s| < 0.172, so eleven terms leave
// a truncation error below 2^-60 of the result.
double log1p_reduced(double f) {
  const double s = f / (2.0 + f);
  const double z = s * s;
  double r = 2.0 * kReciprocal[23];
  for (size_t k = 10; k >= 1; --k) r = r * z + 2.0 * kReciprocal[2 * k + 1];
  r *= z;
  const double hfsq = 0.5 * f * f;
  return f - (hfsq - s * (hfsq + r));
}

bool special_log(double x, double& out) {
  if (x != x || x == kInf) {
    out = x;
  } else if (x == 0.0) {
    out = -kInf;
  } else if (x < 0.0) {
    out = kNaN;
  } else {
    return false;
  }
  return true;
}

}  // namespace

double log(double x) {
  double out = 0.0;
  if (special_log(x, out)) return out;
  int e = 0;
  const double f = reduce(x, e) - 1.0;
  const double k = e;
  return k * kLn2Hi + (log1p_reduced(f) + k * kLn2Lo);
}

double log2(double x) {
  double out = 0.0;
  if (special_log(x, out)) return out;
  int e = 0;
  const double l = log1p_reduced(reduce(x, e) - 1.0);
  return static_cast<double>(e) + (l * kInvLn2 + l * kInvLn2Lo);
}

double exp(double x) {
  if (x != x) return x;
  if (x > 709.782712893383973096) return kInf;
  if (x < -745.133219101941108420) return 0.0;
  // x = k·ln 2 + r with |r| <= ln 2 / 2, exp(r) by its Taylor series to r^16/16! (below 2^-60).
  const double k = static_cast<double>(static_cast<int64_t>(x * kInvLn2 + (x < 0 ? -0.5 : 0.5)));
  const double r = (x - k * kLn2Hi) - k * kLn2Lo;
  double p = 1.0;
  for (size_t n = 16; n >= 1; --n) p = 1.0 + p * r * kReciprocal[n];
  // Scale by 2^k in two steps so that subnormal results and k = 1024 stay exact.
  const auto ki = static_cast<int64_t>(k);
  const int64_t k1 = ki / 2;
  const int64_t k2 = ki - k1;
  const auto pow2 = [](int64_t n) { return from_bits(static_cast<uint64_t>(n + 1023) << 52); };
  return p * pow2(k1) * pow2(k2);
}

}  // namespace simkit::math
