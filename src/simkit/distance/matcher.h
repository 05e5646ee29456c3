// SPDX-License-Identifier: MIT
// Best matches of a query among many prepared candidates, by a similarity scorer, with a
// score cutoff that tightens to the k-th best score found so far (so bestMatch skips most
// candidates after a few good ones).
#pragma once

#include <cstdint>
#include <vector>

#include "simkit/distance/distance.h"
#include "simkit/protocol.h"  // Scorer: its codes and names cross the boundary
#include "simkit/status.h"

namespace simkit {

/// Scores one pair with `scorer`; `cutoff` lets Levenshtein stop early (returns 0 below it).
double score_pair(Scorer scorer, Symbols a, Symbols b, double cutoff, DistanceWorkspace& ws);

struct Match {
  uint32_t index;
  double score;
};

class Matcher {
 public:
  /// Copies `count` candidates: candidate i is symbols [ends[i-1], ends[i]).
  Status set(const uint32_t* symbols, const uint32_t* ends, uint32_t count, uint64_t symbol_count);
  [[nodiscard]] uint32_t size() const { return static_cast<uint32_t>(ends_.size()); }
  [[nodiscard]] Symbols candidate(uint32_t i) const {
    const uint32_t begin = i == 0 ? 0 : ends_[i - 1];
    return {symbols_.data() + begin, ends_[i] - begin};
  }
  /// The `limit` best candidates with score ≥ cutoff, best first (ties: lower index first).
  void extract(Symbols query, Scorer scorer, uint32_t limit, double cutoff,
               std::vector<Match>& out);

 private:
  std::vector<uint32_t> symbols_;
  std::vector<uint32_t> ends_;
  DistanceWorkspace ws_;
};

}  // namespace simkit
