// SPDX-License-Identifier: MIT
// Choosing LSH bands × rows for a Jaccard threshold: minimize the weighted false-positive and
// false-negative areas under the S-curve P(candidate | s) = 1 − (1 − s^r)^b, as datasketch's
// MinHashLSH does (_optimal_param), with a fixed-step integration so the choice is the same
// in every environment.
#pragma once

#include <cstdint>
#include <vector>

#include "simkit/status.h"

namespace simkit {

struct LshParams {
  uint32_t bands = 0;
  uint32_t rows = 0;
  double false_positive_area = 0;  ///< ∫₀^t P(s) ds: chance mass below the threshold
  double false_negative_area = 0;  ///< ∫_t^1 (1 − P(s)) ds
};

/// P(two documents of Jaccard s share a bucket) with `bands` bands of `rows` rows.
double lsh_candidate_probability(double s, uint32_t bands, uint32_t rows);

/// The (bands, rows) with bands·rows ≤ num_perm minimizing fp_weight·FP + fn_weight·FN.
/// @pre threshold in (0, 1), weights ≥ 0 and not both 0 (validated; messages use JS names).
Status optimal_lsh_params(double threshold, uint32_t num_perm, double fp_weight, double fn_weight,
                          LshParams& out);

/// FP/FN areas of explicit parameters at a threshold.
LshParams lsh_areas(double threshold, uint32_t bands, uint32_t rows);

}  // namespace simkit
