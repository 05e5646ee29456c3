// SPDX-License-Identifier: MIT
#include "simkit/style/profile.h"

#include <algorithm>
#include <cmath>

#include "simkit/hash/xxhash.h"
#include "simkit/text/unicode.h"
#include "simkit/text/utf8.h"

namespace simkit {

namespace {

bool is_punctuation(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '!' && cp <= '/') || (cp >= ':' && cp <= '@') || (cp >= '[' && cp <= '`') ||
           (cp >= '{' && cp <= '~');
  }
  switch (unicode::category(cp)) {
    case unicode::Category::kPc:
    case unicode::Category::kPd:
    case unicode::Category::kPs:
    case unicode::Category::kPe:
    case unicode::Category::kPi:
    case unicode::Category::kPf:
    case unicode::Category::kPo:
      return true;
    default:
      return false;
  }
}

// Ends a sentence: . ! ? … and the ideographic full stop (NFKC maps the full-width forms to
// ASCII; with form 'none' they are listed too).
bool is_sentence_end(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 ||
         cp == 0xFF0E || cp == 0xFF1F || cp == 0xFF61;
}

// Mean and sample standard deviation (n - 1; 0 for fewer than two values).
void mean_sd(double sum, double sum_sq, uint64_t n, double& mean, double& sd) {
  if (n == 0) {
    mean = 0;
    sd = 0;
    return;
  }
  const auto count = static_cast<double>(n);
  mean = sum / count;
  sd = n > 1 ? std::sqrt(std::max(0.0, (sum_sq - sum * mean) / (count - 1))) : 0.0;
}

}  // namespace

uint64_t style_word_key(std::string_view word) {
  return xxh3_64(word.data(), word.size(), kDefaultSeed);
}

uint32_t TextProfile::count(StyleKind kind, uint64_t key) const {
  const std::vector<StyleTerm>* list = nullptr;
  switch (kind) {
    case StyleKind::kWord:
      list = &word_counts;
      break;
    case StyleKind::kCharGram:
      list = &gram_counts;
      break;
    case StyleKind::kPunctuation:
      list = &punct_counts;
      break;
    case StyleKind::kStat:
      return 0;
  }
  const auto it = std::lower_bound(list->begin(), list->end(), key,
                                   [](const StyleTerm& t, uint64_t k) { return t.key < k; });
  return it != list->end() && it->key == key ? it->count : 0;
}

double TextProfile::value(StyleKind kind, uint64_t key) const {
  if (kind == StyleKind::kStat) return key < kStatCount ? stats[static_cast<size_t>(key)] : 0.0;
  const uint64_t total = kind == StyleKind::kCharGram ? grams : words;
  if (total == 0) return 0.0;
  return static_cast<double>(count(kind, key)) / static_cast<double>(total);
}

std::string StyleDictionary::name(StyleKind kind, uint64_t key) const {
  static constexpr std::array<const char*, kStatCount> kStatNames = {
      "mean sentence length", "sd sentence length", "mean word length",
      "sd word length",       "type-token ratio",   "punctuation per word"};
  switch (kind) {
    case StyleKind::kWord: {
      const auto it = words.find(key);
      return it == words.end() ? std::string() : it->second;
    }
    case StyleKind::kCharGram: {
      const auto it = grams.find(key);
      return it == grams.end() ? std::string() : it->second;
    }
    case StyleKind::kPunctuation: {
      std::string s;
      append_utf8(s, static_cast<char32_t>(key));
      return s;
    }
    case StyleKind::kStat:
      return key < kStatCount ? kStatNames[static_cast<size_t>(key)] : "";
  }
  return {};
}

void collect_terms(const CountTable& table, const std::string& text, std::vector<StyleTerm>& out,
                   std::unordered_map<uint64_t, std::string>* names) {
  out.clear();
  out.reserve(table.size());
  for (const CountTable::Slot& s : table.slots()) {
    if (s.count == 0) continue;
    out.push_back({s.key, s.count});
    if (names != nullptr && names->find(s.key) == names->end())
      names->emplace(s.key, text.substr(s.first_begin, s.first_length));
  }
  std::sort(out.begin(), out.end(),
            [](const StyleTerm& a, const StyleTerm& b) { return a.key < b.key; });
}

Status StyleProfiler::configure(const ProfileOptions& options) {
  if (options.char_n < 1 || options.char_n > kMaxShingleSize) {
    return invalid_argument("charNgram must be an integer in [1, 64], got " +
                            std::to_string(options.char_n));
  }
  options_ = options;
  return Status::ok();
}

void StyleProfiler::count_words(const std::string& t, TextProfile& out) {
  words_.reset(tokens_.size() / 4 + 16);
  token_ids_.resize(tokens_.size());
  double len_sum = 0;
  double len_sq = 0;
  for (size_t i = 0; i < tokens_.size(); ++i) {
    const TokenRange& r = tokens_[i];
    const uint32_t n = r.end - r.begin;
    token_ids_[i] = words_.add(style_word_key({t.data() + r.begin, n}), r.begin, n);
    double chars = 0;
    for (uint32_t b = r.begin; b < r.end; ++b) chars += (static_cast<uint8_t>(t[b]) & 0xC0) != 0x80;
    len_sum += chars;
    len_sq += chars * chars;
  }
  out.words = tokens_.size();
  mean_sd(len_sum, len_sq, out.words, out.stats[kMeanWordLength], out.stats[kSdWordLength]);

  // MATTR (Covington & McFall 2010): mean type-token ratio of every window of kMattrWindow
  // words, slid one word at a time; texts shorter than a window give their plain TTR.
  const size_t n = token_ids_.size();
  if (n == 0) {
    out.stats[kMattr] = 0;
    return;
  }
  const size_t w = std::min<size_t>(kMattrWindow, n);
  window_counts_.assign(words_.size(), 0);
  uint32_t distinct = 0;
  for (size_t i = 0; i < w; ++i) distinct += window_counts_[token_ids_[i]]++ == 0;
  double sum = distinct;
  for (size_t i = w; i < n; ++i) {
    distinct -= --window_counts_[token_ids_[i - w]] == 0;
    distinct += window_counts_[token_ids_[i]]++ == 0;
    sum += distinct;
  }
  out.stats[kMattr] = sum / static_cast<double>(n - w + 1) / static_cast<double>(w);
}

void StyleProfiler::count_grams(const std::string& t, TextProfile& out) {
  code_point_offsets(t, offsets_);
  const size_t chars = offsets_.size() - 1;
  const uint32_t n = options_.char_n;
  grams_.reset(std::min<size_t>(chars, 1U << 15));
  out.grams = chars >= n ? chars - n + 1 : 0;
  if (chars < n) return;
  if (n <= 3) {
    // Up to three code points pack exactly into 63 bits: no hashing, no collisions. The key
    // rolls: each code point is decoded once.
    const uint64_t mask = n == 3 ? (uint64_t{1} << 63) - 1 : (uint64_t{1} << (21 * n)) - 1;
    uint64_t key = 0;
    for (size_t i = 0; i < chars; ++i) {
      const auto byte = static_cast<uint8_t>(t[offsets_[i]]);
      const char32_t cp = byte < 0x80 ? byte : decode_utf8(t, offsets_[i]).code_point;
      key = ((key << 21) | cp) & mask;
      if (i + 1 < n) continue;
      const uint32_t b = offsets_[i + 1 - n];
      grams_.add(key | (uint64_t{1} << 63), b, offsets_[i + 1] - b);
    }
    return;
  }
  for (size_t i = 0; i + n <= chars; ++i) {
    const uint32_t b = offsets_[i];
    const uint32_t len = offsets_[i + n] - b;
    grams_.add(xxh3_64(t.data() + b, len, n), b, len);
  }
}

void StyleProfiler::count_punctuation_and_sentences(const std::string& t, TextProfile& out) {
  punct_.reset(64);
  double sum = 0;
  double sum_sq = 0;
  uint64_t in_sentence = 0;
  auto close_sentence = [&] {
    if (in_sentence == 0) return;
    const auto len = static_cast<double>(in_sentence);
    sum += len;
    sum_sq += len * len;
    ++out.sentences;
    in_sentence = 0;
  };
  // Punctuation lies between word tokens (tokens are letters, digits and marks only).
  uint32_t pos = 0;
  for (size_t i = 0; i <= tokens_.size(); ++i) {
    const uint32_t gap_end =
        i < tokens_.size() ? tokens_[i].begin : static_cast<uint32_t>(t.size());
    while (pos < gap_end) {
      const DecodedChar d = decode_utf8(t, pos);
      if (is_punctuation(d.code_point)) {
        punct_.add(d.code_point, pos, d.length);
        ++out.punctuation;
        if (is_sentence_end(d.code_point)) close_sentence();
      }
      pos += d.length;
    }
    if (i < tokens_.size()) {
      ++in_sentence;
      pos = tokens_[i].end;
    }
  }
  close_sentence();
  mean_sd(sum, sum_sq, out.sentences, out.stats[kMeanSentenceLength], out.stats[kSdSentenceLength]);
  out.stats[kPunctuationPerWord] =
      out.words ? static_cast<double>(out.punctuation) / static_cast<double>(out.words) : 0.0;
}

Status StyleProfiler::profile(std::string_view text, TextProfile& out, StyleDictionary* names,
                              std::string_view param) {
  out = TextProfile();
  // No source map: profiles report frequencies, never positions.
  SIMKIT_RETURN_IF_ERROR(shingler_.normalize(text, options_.normalize, param, false));
  const std::string& t = shingler_.normalized().text;
  word_tokens(t, tokens_);
  count_words(t, out);
  collect_terms(words_, t, out.word_counts, names ? &names->words : nullptr);
  count_punctuation_and_sentences(t, out);
  collect_terms(punct_, t, out.punct_counts, nullptr);
  if (options_.count_grams) {
    count_grams(t, out);
    collect_terms(grams_, t, out.gram_counts, names ? &names->grams : nullptr);
  }
  return Status::ok();
}

}  // namespace simkit
