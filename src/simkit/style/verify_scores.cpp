// SPDX-License-Identifier: MIT
#include "simkit/style/verify_scores.h"

#include <algorithm>
#include <cmath>

namespace simkit {

Status LanguageModelScorer::normalized(std::string_view text, const NormalizeOptions& normalize,
                                       std::string_view param, std::string& out) {
  // Line breaks and spacing stay: how a writer breaks lines and paragraphs (or a playwright
  // turns) is part of the style a character model learns. Only CR LF and CR become LF, a
  // file-format difference rather than the writer's.
  NormalizeOptions keep_spacing = normalize;
  keep_spacing.collapse_whitespace = false;
  SIMKIT_RETURN_IF_ERROR(shingler_.normalize(text, keep_spacing, param, false));
  const std::string& t = shingler_.normalized().text;
  const size_t budget = kMaxModelBytes - std::min(out.size(), kMaxModelBytes);
  for (size_t i = 0, kept = 0; i < t.size() && kept < budget; ++i) {
    if (t[i] == '\r' && i + 1 < t.size() && t[i + 1] == '\n') continue;
    out.push_back(t[i] == '\r' ? '\n' : t[i]);
    ++kept;
  }
  return Status::ok();
}

Status LanguageModelScorer::score(const std::vector<std::string_view>& known,
                                  std::string_view unknown, const NormalizeOptions& normalize,
                                  uint32_t order, double& known_predicts_unknown,
                                  double& unknown_predicts_known) {
  known_.clear();
  unknown_.clear();
  // The known texts one after another with a line break between them; when they do not all
  // fit the budget, the beginning of each, in equal shares.
  parts_.resize(known.size());
  size_t total = 0;
  for (size_t i = 0; i < known.size(); ++i) {
    parts_[i].clear();
    SIMKIT_RETURN_IF_ERROR(
        normalized(known[i], normalize, "known[" + std::to_string(i) + "]", parts_[i]));
    total += parts_[i].size() + 1;
  }
  const size_t share = total > kMaxModelBytes ? kMaxModelBytes / known.size() : kMaxModelBytes;
  for (const std::string& part : parts_) {
    if (!known_.empty()) known_.push_back('\n');
    known_.append(part, 0, std::min(part.size(), share));
  }
  SIMKIT_RETURN_IF_ERROR(normalized(unknown, normalize, "unknown", unknown_));
  // A compressor's view: each text coded alone, then after the other side has been read.
  model_.reset(order);
  const double known_alone = model_.bits_per_byte(known_, true);
  model_.read("\n");
  const double unknown_after_known = model_.bits_per_byte(unknown_, true);
  model_.reset(order);
  const double unknown_alone = model_.bits_per_byte(unknown_, true);
  model_.read("\n");
  const double known_after_unknown = model_.bits_per_byte(known_, true);
  known_predicts_unknown = unknown_alone - unknown_after_known;
  unknown_predicts_known = known_alone - known_after_unknown;
  return Status::ok();
}

namespace {

/// Bits per byte are rates: scoring a long text by a sample of its bytes is enough.
constexpr size_t kMaxScoredBytes = size_t{16} * 1024;

std::string_view head(std::string_view text, size_t n) { return text.substr(0, n); }

}  // namespace

double LanguageModelScorer::beats(std::string_view own, std::string_view target,
                                  const std::vector<const std::string*>& impostors, size_t length,
                                  uint32_t order) {
  const std::string_view scored = head(target, kMaxScoredBytes);
  model_.reset(order);
  model_.read(head(own, length));
  const double own_bits = model_.bits_per_byte(scored, false);
  double sum = 0;
  double sum_sq = 0;
  for (const std::string* text : impostors) {
    model_.reset(order);
    model_.read(head(*text, length));
    const double bits = model_.bits_per_byte(scored, false);
    sum += bits;
    sum_sq += bits * bits;
  }
  const auto n = static_cast<double>(impostors.size());
  const double mean = sum / n;
  const double sd = std::sqrt(std::max(0.0, (sum_sq - sum * mean) / (n - 1)));
  return (mean - own_bits) / std::max(sd, 1e-3);
}

void LanguageModelScorer::against_impostors(const std::vector<const std::string*>& impostors,
                                            uint32_t order, double& known_model,
                                            double& unknown_model) {
  // Models read equal amounts of text: the shorter of the side and the impostors' median.
  std::vector<size_t> lengths;
  lengths.reserve(impostors.size());
  for (const std::string* t : impostors) lengths.push_back(t->size());
  std::nth_element(lengths.begin(),
                   lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2),
                   lengths.end());
  const size_t median = lengths[lengths.size() / 2];
  known_model = beats(known_, unknown_, impostors, std::min(known_.size(), median), order);
  unknown_model = beats(unknown_, known_, impostors, std::min(unknown_.size(), median), order);
}

}  // namespace simkit
