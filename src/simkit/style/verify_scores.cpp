// SPDX-License-Identifier: MIT
#include "simkit/style/verify_scores.h"

#include <algorithm>

namespace simkit {

Status LanguageModelScorer::normalized(std::string_view text, const NormalizeOptions& normalize,
                                       std::string_view param, std::string& out) {
  SIMKIT_RETURN_IF_ERROR(shingler_.normalize(text, normalize, param, false));
  const std::string& t = shingler_.normalized().text;
  out.append(t, 0, std::min(t.size(), kMaxModelBytes - std::min(out.size(), kMaxModelBytes)));
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

}  // namespace simkit
