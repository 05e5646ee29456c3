// SPDX-License-Identifier: MIT
#include "simkit/style/shared_passage.h"

#include <algorithm>

namespace simkit {

namespace {

constexpr size_t kSketchSize = 128;
constexpr uint32_t kPassageShingle = 5;

}  // namespace

Status PassageSketcher::sketch(std::string_view text, const NormalizeOptions& normalize,
                               std::string_view param, PassageSketch& out) {
  ShingleOptions o;
  o.unit = ShingleUnit::kWord;
  o.size = kPassageShingle;
  o.normalize = normalize;
  SIMKIT_RETURN_IF_ERROR(shingler_.shingle(text, o, shingles_, false, param));
  std::vector<uint64_t>& h = shingles_.hashes;
  std::sort(h.begin(), h.end());
  h.erase(std::unique(h.begin(), h.end()), h.end());
  out.distinct = h.size();
  out.smallest.assign(h.begin(),
                      h.begin() + static_cast<std::ptrdiff_t>(std::min(h.size(), kSketchSize)));
  return Status::ok();
}

double estimated_containment(const PassageSketch& a, const PassageSketch& b) {
  if (a.distinct == 0 || b.distinct == 0) return 0.0;
  // The k smallest hashes of the union (all among the two sketches), and how many of them both
  // texts have (a hash among them that a text has is in its sketch): a uniform sample of the
  // union, so their share estimates the Jaccard resemblance J = |A ∩ B| / |A ∪ B|.
  size_t i = 0;
  size_t j = 0;
  size_t taken = 0;
  size_t both = 0;
  for (; taken < kSketchSize && (i < a.smallest.size() || j < b.smallest.size()); ++taken) {
    if (j == b.smallest.size() || (i < a.smallest.size() && a.smallest[i] < b.smallest[j])) {
      ++i;
    } else if (i == a.smallest.size() || b.smallest[j] < a.smallest[i]) {
      ++j;
    } else {
      ++both;
      ++i;
      ++j;
    }
  }
  if (taken == 0) return 0.0;
  const double jaccard = static_cast<double>(both) / static_cast<double>(taken);
  // |A ∩ B| = J (|A| + |B|) / (1 + J); its share of the smaller text.
  const auto na = static_cast<double>(a.distinct);
  const auto nb = static_cast<double>(b.distinct);
  return std::min(1.0, jaccard * (na + nb) / (1.0 + jaccard) / std::min(na, nb));
}

}  // namespace simkit
