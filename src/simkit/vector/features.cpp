// SPDX-License-Identifier: MIT
#include "simkit/vector/features.h"

#include <algorithm>
#include <string>

#include "simkit/hash/xxhash.h"

namespace simkit {

Status validate_feature_options(const FeatureOptions& o) {
  if (o.ngram_min < 1 || o.ngram_max < o.ngram_min || o.ngram_max > kMaxShingleSize) {
    return invalid_argument("ngramRange must be [min, max] with 1 <= min <= max <= 64, got [" +
                            std::to_string(o.ngram_min) + ", " + std::to_string(o.ngram_max) + "]");
  }
  if (o.unit != ShingleUnit::kWord && o.unit != ShingleUnit::kChar)
    return invalid_argument("analyzer must be 'word' or 'char'");
  return Status::ok();
}

Status FeatureExtractor::configure(const FeatureOptions& options) {
  SIMKIT_RETURN_IF_ERROR(validate_feature_options(options));
  options_ = options;
  stop_.clear();
  return Status::ok();
}

Status FeatureExtractor::set_stop_words(std::string_view words) {
  SIMKIT_RETURN_IF_ERROR(shingler_.tokenize(words, options_.normalize, tokens_, "stopWords"));
  const std::string& t = shingler_.normalized().text;
  stop_.clear();
  for (const TokenRange& r : tokens_)
    stop_.insert(xxh3_64(t.data() + r.begin, r.end - r.begin, options_.seed));
  return Status::ok();
}

Status FeatureExtractor::extract(std::string_view text, std::string_view param) {
  features_.clear();
  if (options_.unit == ShingleUnit::kWord) {
    // Features need no positions: normalize without the source map (the ASCII fast path).
    SIMKIT_RETURN_IF_ERROR(shingler_.normalize(text, options_.normalize, param, false));
    const std::string& t = shingler_.normalized().text;
    word_tokens(t, tokens_);
    kept_.resize(tokens_.size());
    size_t kept = 0;
    for (const TokenRange& r : tokens_) {
      const uint64_t h = xxh3_64(t.data() + r.begin, r.end - r.begin, options_.seed);
      kept_[kept] = h;
      if (stop_.empty() || stop_.count(h) == 0) ++kept;
    }
    kept_.resize(kept);
    size_t total = 0;
    for (uint32_t n = options_.ngram_min; n <= options_.ngram_max && n <= kept; ++n)
      total += kept - n + 1;
    features_.resize(total);
    uint64_t* out = features_.data();
    // n = 1 features are the token hashes themselves; longer n-grams hash the token hashes
    // (the same construction as word shingles), mixed with n so sizes never collide.
    for (uint32_t n = options_.ngram_min; n <= options_.ngram_max && n <= kept; ++n) {
      if (n == 1) {
        std::copy(kept_.begin(), kept_.end(), out);
        out += kept;
        continue;
      }
      const uint64_t seed = options_.seed + n;
      for (size_t i = 0; i + n <= kept; ++i)
        *out++ = xxh3_64(&kept_[i], n * sizeof(uint64_t), seed);
    }
  } else {
    SIMKIT_RETURN_IF_ERROR(shingler_.normalize(text, options_.normalize, param, false));
    const std::string& t = shingler_.normalized().text;
    code_point_offsets(t, offsets_);
    const size_t chars = offsets_.size() - 1;
    for (uint32_t n = options_.ngram_min; n <= options_.ngram_max; ++n) {
      for (size_t i = 0; i + n <= chars; ++i)
        features_.push_back(
            xxh3_64(t.data() + offsets_[i], offsets_[i + n] - offsets_[i], options_.seed + n));
    }
  }
  return Status::ok();
}

Status FeatureExtractor::count(std::string_view text, TermCounts& out, std::string_view param) {
  out.clear();
  SIMKIT_RETURN_IF_ERROR(extract(text, param));
  std::sort(features_.begin(), features_.end());
  for (size_t i = 0; i < features_.size();) {
    size_t j = i;
    while (j < features_.size() && features_[j] == features_[i]) ++j;
    out.emplace_back(features_[i], static_cast<uint32_t>(j - i));
    i = j;
  }
  return Status::ok();
}

}  // namespace simkit
