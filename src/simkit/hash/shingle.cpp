// SPDX-License-Identifier: MIT
#include "simkit/hash/shingle.h"

#include <algorithm>
#include <string>

#include "simkit/hash/xxhash.h"

namespace simkit {

Status validate_shingle_options(const ShingleOptions& options) {
  if (options.size < 1 || options.size > kMaxShingleSize) {
    return invalid_argument("shingleSize must be an integer in [1, " +
                            std::to_string(kMaxShingleSize) + "], got " +
                            std::to_string(options.size));
  }
  if (options.unit != ShingleUnit::kWord && options.unit != ShingleUnit::kChar)
    return invalid_argument("shingle must be 'word' or 'char'");
  if (options.normalize.form != NormalForm::kNone && options.normalize.form != NormalForm::kNfc &&
      options.normalize.form != NormalForm::kNfkc)
    return invalid_argument("normalize.form must be 'none', 'NFC' or 'NFKC'");
  return Status::ok();
}

Status Shingler::normalize(std::string_view text, const NormalizeOptions& options,
                           std::string_view param, bool with_map) {
  if (text.size() > kMaxTextBytes) {
    return invalid_argument(std::string(param) + " must be at most " +
                            std::to_string(kMaxTextBytes) + " UTF-8 bytes, got " +
                            std::to_string(text.size()));
  }
  return normalizer_.normalize(text, options, normalized_, param, with_map);
}

Status Shingler::tokenize(std::string_view text, const NormalizeOptions& options,
                          std::vector<TokenRange>& out, std::string_view param) {
  SIMKIT_RETURN_IF_ERROR(normalize(text, options, param));
  word_tokens(normalized_.text, out);
  return Status::ok();
}

Status Shingler::shingle(std::string_view text, const ShingleOptions& options, Shingles& out,
                         bool with_spans, std::string_view param) {
  out.hashes.clear();
  out.spans.clear();
  SIMKIT_RETURN_IF_ERROR(validate_shingle_options(options));
  SIMKIT_RETURN_IF_ERROR(normalize(text, options.normalize, param, with_spans));
  if (options.unit == ShingleUnit::kWord) {
    word_shingles(options, out, with_spans);
  } else {
    char_shingles(options, out, with_spans);
  }
  return Status::ok();
}

void Shingler::word_shingles(const ShingleOptions& options, Shingles& out, bool with_spans) {
  word_tokens(normalized_.text, tokens_);
  const size_t count = tokens_.size();
  if (count == 0) return;
  const char* base = normalized_.text.data();
  token_hashes_.resize(count);
  for (size_t i = 0; i < count; ++i) {
    token_hashes_[i] =
        xxh3_64(base + tokens_[i].begin, tokens_[i].end - tokens_[i].begin, options.seed);
  }
  const size_t k = std::min<size_t>(options.size, count);
  const size_t shingles = count - k + 1;
  out.hashes.resize(shingles);
  // Hashing the token hashes' bytes is deterministic across native and wasm: both little-endian.
  for (size_t i = 0; i < shingles; ++i)
    out.hashes[i] = xxh3_64(&token_hashes_[i], k * sizeof(uint64_t), options.seed);
  if (with_spans) {
    out.spans.resize(2 * shingles);
    for (size_t i = 0; i < shingles; ++i) {
      out.spans[2 * i] = normalized_.source_begin[tokens_[i].begin];
      out.spans[2 * i + 1] = normalized_.source_end[tokens_[i + k - 1].end - 1];
    }
  }
}

void Shingler::char_shingles(const ShingleOptions& options, Shingles& out, bool with_spans) {
  code_point_offsets(normalized_.text, offsets_);
  const size_t chars = offsets_.size() - 1;
  if (chars == 0) return;
  const size_t k = std::min<size_t>(options.size, chars);
  const size_t shingles = chars - k + 1;
  const char* base = normalized_.text.data();
  out.hashes.resize(shingles);
  for (size_t i = 0; i < shingles; ++i)
    out.hashes[i] = xxh3_64(base + offsets_[i], offsets_[i + k] - offsets_[i], options.seed);
  if (with_spans) {
    out.spans.resize(2 * shingles);
    for (size_t i = 0; i < shingles; ++i) {
      out.spans[2 * i] = normalized_.source_begin[offsets_[i]];
      out.spans[2 * i + 1] = normalized_.source_end[offsets_[i + k] - 1];
    }
  }
}

}  // namespace simkit
