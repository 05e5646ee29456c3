// SPDX-License-Identifier: MIT
#include "simkit/index/lsh_params.h"

#include <cmath>
#include <cstdint>
#include <string>

#include "simkit/protocol.h"

namespace simkit {

namespace {
// printf's "%f" for the one double this core puts in a message, written out: std::to_string(double)
// pulled printf's float formatting into the wasm (about 4 KB gzipped). Exact to the sixth decimal
// below 1e12, which is every value a caller could mean.
std::string fixed6(double x) {
  if (std::isnan(x)) return "nan";
  const std::string sign = std::signbit(x) ? "-" : "";
  x = std::fabs(x);
  if (std::isinf(x)) return sign + "inf";
  if (x >= 1e12) return sign + "1e12 or more";
  const auto micros = static_cast<uint64_t>(std::llround(x * 1e6));
  std::string frac = std::to_string(micros % 1000000);
  return sign + std::to_string(micros / 1000000) + "." + std::string(6 - frac.size(), '0') + frac;
}

// x^n by squaring: deterministic everywhere (std::pow is not correctly rounded and differs
// between glibc and Emscripten's musl).
double power(double x, uint32_t n) {
  double result = 1.0;
  while (n != 0) {
    if (n & 1U) result *= x;
    x *= x;
    n >>= 1;
  }
  return result;
}

// Composite Simpson's rule with a fixed number of intervals.
template <typename F>
double integrate(F f, double lo, double hi) {
  constexpr int kIntervals = 200;  // even
  const double h = (hi - lo) / kIntervals;
  double sum = f(lo) + f(hi);
  for (int i = 1; i < kIntervals; ++i) sum += f(lo + i * h) * ((i & 1) != 0 ? 4.0 : 2.0);
  return sum * h / 3.0;
}
}  // namespace

double lsh_candidate_probability(double s, uint32_t bands, uint32_t rows) {
  return 1.0 - power(1.0 - power(s, rows), bands);
}

LshParams lsh_areas(double threshold, uint32_t bands, uint32_t rows) {
  LshParams p{bands, rows, 0, 0};
  p.false_positive_area = integrate(
      [&](double s) { return lsh_candidate_probability(s, bands, rows); }, 0.0, threshold);
  p.false_negative_area = integrate(
      [&](double s) { return 1.0 - lsh_candidate_probability(s, bands, rows); }, threshold, 1.0);
  return p;
}

Status optimal_lsh_params(double threshold, uint32_t num_perm, double fp_weight, double fn_weight,
                          LshParams& out) {
  if (!(threshold > 0.0 && threshold < 1.0))
    return invalid_argument("threshold must be a number in (0, 1), got " + fixed6(threshold));
  if (num_perm < 2 || num_perm > kMaxNumPerm)
    return invalid_argument("numPerm must be an integer in [2, " + std::to_string(kMaxNumPerm) +
                            "], got " + std::to_string(num_perm));
  if (!(fp_weight >= 0.0 && fn_weight >= 0.0) || fp_weight + fn_weight <= 0.0)
    return invalid_argument("weights must be non-negative and not both 0");
  double best = 1e300;
  for (uint32_t b = 1; b <= num_perm; ++b) {
    for (uint32_t r = 1; b * r <= num_perm; ++r) {
      const LshParams p = lsh_areas(threshold, b, r);
      const double error = fp_weight * p.false_positive_area + fn_weight * p.false_negative_area;
      if (error < best) {  // strict: the first (fewest bands) wins ties, as in datasketch
        best = error;
        out = p;
      }
    }
  }
  return Status::ok();
}

}  // namespace simkit
