// SPDX-License-Identifier: MIT
#include "simkit/fingerprint/winnow.h"

#include <algorithm>
#include <string>

#include "simkit/hash/xxhash.h"

namespace simkit {

Status validate_fingerprint_options(const FingerprintOptions& o) {
  if (o.k < 1 || o.k > 1024)
    return invalid_argument("k must be an integer in [1, 1024], got " + std::to_string(o.k));
  if (o.window < 1 || o.window > 1024) {
    return invalid_argument("window must be an integer in [1, 1024], got " +
                            std::to_string(o.window));
  }
  if (o.unit != ShingleUnit::kWord && o.unit != ShingleUnit::kChar)
    return invalid_argument("unit must be 'word' or 'char'");
  return Status::ok();
}

Status Fingerprinter::kgrams(std::string_view text, const FingerprintOptions& options, KGrams& out,
                             std::string_view param) {
  out.clear();
  SIMKIT_RETURN_IF_ERROR(validate_fingerprint_options(options));
  SIMKIT_RETURN_IF_ERROR(shingler_.tokenize(text, options.normalize, tokens_, param));
  const NormalizedText& norm = shingler_.normalized();
  const char* base = norm.text.data();
  if (tokens_.empty()) return Status::ok();

  if (options.unit == ShingleUnit::kWord) {
    const size_t n = tokens_.size();
    token_hashes_.resize(n);
    for (size_t i = 0; i < n; ++i)
      token_hashes_[i] =
          xxh3_64(base + tokens_[i].begin, tokens_[i].end - tokens_[i].begin, options.seed);
    const size_t k = std::min<size_t>(options.k, n);
    const size_t count = n - k + 1;
    out.units = static_cast<uint32_t>(n);
    out.k = static_cast<uint32_t>(k);
    out.hashes.resize(count);
    out.spans.resize(2 * count);
    for (size_t i = 0; i < count; ++i) {
      out.hashes[i] = xxh3_64(&token_hashes_[i], k * sizeof(uint64_t), options.seed);
      out.spans[2 * i] = norm.source_begin[tokens_[i].begin];
      out.spans[2 * i + 1] = norm.source_end[tokens_[i + k - 1].end - 1];
    }
    return Status::ok();
  }

  // Char k-grams over the words joined by one space: each joined code point keeps the source
  // span it came from.
  joined_.clear();
  joined_begin_.clear();
  joined_end_.clear();
  joined_offsets_.clear();
  is_word_start_.clear();
  for (size_t t = 0; t < tokens_.size(); ++t) {
    // Join words with one space where the text separated them; adjacent tokens (CJK
    // characters) stay adjacent, so CJK k-grams are runs of consecutive characters.
    if (t != 0 && tokens_[t].begin > tokens_[t - 1].end) {
      joined_offsets_.push_back(static_cast<uint32_t>(joined_.size()));
      is_word_start_.push_back(0);
      joined_.push_back(' ');
      // A k-gram that starts on this space starts at the next word; one that ends on it ends
      // with the previous word: highlighted passages never begin or end in punctuation.
      joined_begin_.push_back(norm.source_begin[tokens_[t].begin]);
      joined_end_.push_back(norm.source_end[tokens_[t - 1].end - 1]);
    }
    for (uint32_t b = tokens_[t].begin; b < tokens_[t].end; ++b) {
      if ((static_cast<unsigned char>(base[b]) & 0xC0U) != 0x80U) {
        is_word_start_.push_back(b == tokens_[t].begin ? 1 : 0);
        joined_offsets_.push_back(static_cast<uint32_t>(joined_.size()));
        joined_begin_.push_back(norm.source_begin[b]);
        joined_end_.push_back(norm.source_end[b]);
      }
      joined_.push_back(base[b]);
    }
  }
  joined_offsets_.push_back(static_cast<uint32_t>(joined_.size()));
  const size_t chars = joined_begin_.size();
  // Word boundaries inside the joined text, so k-gram spans can be trimmed to whole words: a
  // highlighted passage then never starts or ends in the middle of a word.
  next_word_start_.assign(chars + 1, UINT32_MAX);
  prev_word_end_.assign(chars, UINT32_MAX);
  {
    const auto is_space = [&](size_t c) { return joined_[joined_offsets_[c]] == ' '; };
    const auto starts_word = [&](size_t c) {
      return !is_space(c) && (c == 0 || is_space(c - 1) || is_word_start_[c]);
    };
    const auto ends_word = [&](size_t c) {
      return !is_space(c) && (c + 1 == chars || is_space(c + 1) || is_word_start_[c + 1]);
    };
    for (size_t c = chars; c-- > 0;)
      next_word_start_[c] = starts_word(c) ? static_cast<uint32_t>(c) : next_word_start_[c + 1];
    uint32_t last = UINT32_MAX;
    for (size_t c = 0; c < chars; ++c) {
      if (ends_word(c)) last = static_cast<uint32_t>(c);
      prev_word_end_[c] = last;
    }
  }
  const size_t k = std::min<size_t>(options.k, chars);
  const size_t count = chars - k + 1;
  out.units = static_cast<uint32_t>(chars);
  out.k = static_cast<uint32_t>(k);
  out.hashes.resize(count);
  out.spans.resize(2 * count);
  for (size_t i = 0; i < count; ++i) {
    out.hashes[i] = xxh3_64(joined_.data() + joined_offsets_[i],
                            joined_offsets_[i + k] - joined_offsets_[i], options.seed);
    const uint32_t first = next_word_start_[i];
    const uint32_t last = prev_word_end_[i + k - 1];
    if (first != UINT32_MAX && last != UINT32_MAX && first <= last && last < i + k) {
      out.spans[2 * i] = joined_begin_[first];
      out.spans[2 * i + 1] = joined_end_[last];
    } else {
      // No whole word inside (a k-gram within one long word, or a lone joining space with
      // k = 1, whose begin > end): the raw span, ordered.
      out.spans[2 * i] = std::min(joined_begin_[i], joined_end_[i + k - 1]);
      out.spans[2 * i + 1] = std::max(joined_begin_[i], joined_end_[i + k - 1]);
    }
  }
  return Status::ok();
}

void winnow(const std::vector<uint64_t>& hashes, uint32_t window, std::vector<uint32_t>& out) {
  out.clear();
  const size_t n = hashes.size();
  if (n == 0) return;
  const size_t w = std::min<size_t>(window, n);
  size_t selected = SIZE_MAX;
  for (size_t start = 0; start + w <= n; ++start) {
    // If the previous minimum is still inside the window and no smaller hash entered, keep it
    // (robust winnowing); otherwise scan for the rightmost minimum.
    const size_t last = start + w - 1;
    if (selected != SIZE_MAX && selected >= start) {
      if (hashes[last] < hashes[selected]) {
        selected = last;
        out.push_back(static_cast<uint32_t>(selected));
      }
      continue;
    }
    size_t m = start;
    for (size_t i = start + 1; i <= last; ++i)
      if (hashes[i] <= hashes[m]) m = i;
    selected = m;
    out.push_back(static_cast<uint32_t>(selected));
  }
}

}  // namespace simkit
