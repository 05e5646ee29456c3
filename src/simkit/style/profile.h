// SPDX-License-Identifier: MIT
// Stylometric profile of one text: word frequencies, character n-gram frequencies, punctuation
// marks, and sentence/word length statistics, counted in one pass over the normalized text.
// Feature names (the normalized word or n-gram) go into a caller-owned dictionary, once per
// distinct feature, so explanations can say which words pushed a decision.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "simkit/hash/shingle.h"
#include "simkit/style/count_table.h"

namespace simkit {

/// Kinds of stylometric features. Values are part of the JS contract.
enum class StyleKind : uint8_t { kWord = 0, kCharGram = 1, kPunctuation = 2, kStat = 3 };

/// Scalar statistics of a text, each one feature of kind kStat. Values are part of the JS
/// contract (npm/src/style.ts names them).
enum StyleStat : uint8_t {
  kMeanSentenceLength = 0,  ///< words per sentence
  kSdSentenceLength,
  kMeanWordLength,  ///< code points per word
  kSdWordLength,
  kMattr,               ///< moving-average type-token ratio, window kMattrWindow words
  kPunctuationPerWord,  ///< punctuation marks per word
  kStatCount,
};
inline constexpr uint32_t kMattrWindow = 100;

/// A feature and how often it occurs.
struct StyleTerm {
  uint64_t key;
  uint32_t count;
};

struct TextProfile {
  uint64_t words = 0;                   ///< word tokens
  uint64_t grams = 0;                   ///< character n-grams (code points of the normalized text)
  uint64_t sentences = 0;               ///< sentences with at least one word
  uint64_t punctuation = 0;             ///< punctuation marks
  std::vector<StyleTerm> word_counts;   ///< sorted by key
  std::vector<StyleTerm> gram_counts;   ///< sorted by key; empty unless grams were requested
  std::vector<StyleTerm> punct_counts;  ///< key = code point, sorted
  std::array<double, kStatCount> stats{};

  /// Count of `key` in the list of `kind` (0 when absent); kStat is not a count.
  [[nodiscard]] uint32_t count(StyleKind kind, uint64_t key) const;
  /// Relative frequency of a feature: count / words (words, punctuation) or / grams; the
  /// statistic itself for kStat.
  [[nodiscard]] double value(StyleKind kind, uint64_t key) const;
};

struct ProfileOptions {
  NormalizeOptions normalize;
  uint32_t char_n = 3;      ///< n of the character n-grams
  bool count_grams = true;  ///< skip n-gram counting when no feature uses it
};

/// Feature names by kind and key: the normalized text of the word, n-gram or mark.
struct StyleDictionary {
  std::unordered_map<uint64_t, std::string> words;
  std::unordered_map<uint64_t, std::string> grams;
  [[nodiscard]] std::string name(StyleKind kind, uint64_t key) const;
};

/// Word key: XXH3 of the normalized word (the same hash as the text pipeline's tokens).
uint64_t style_word_key(std::string_view word);

/// Builds profiles, reusing its buffers (allocation-free once warm, but for the outputs).
class StyleProfiler {
 public:
  Status configure(const ProfileOptions& options);
  /// Profiles `text`; names of new features are added to `names` when it is not null.
  Status profile(std::string_view text, TextProfile& out, StyleDictionary* names,
                 std::string_view param = "text");
  [[nodiscard]] const ProfileOptions& options() const { return options_; }

 private:
  void count_words(const std::string& t, TextProfile& out);
  void count_grams(const std::string& t, TextProfile& out);
  void count_punctuation_and_sentences(const std::string& t, TextProfile& out);

  ProfileOptions options_;
  Shingler shingler_;
  std::vector<TokenRange> tokens_;
  std::vector<uint32_t> token_ids_;      // dense word id per token
  std::vector<uint32_t> offsets_;        // code point byte offsets (n-grams)
  std::vector<uint32_t> window_counts_;  // per dense word id: occurrences in the MATTR window
  CountTable words_;
  CountTable grams_;
  CountTable punct_;
};

/// Sorted (key, count) list of a table's occupied slots; records names of unseen keys.
void collect_terms(const CountTable& table, const std::string& text, std::vector<StyleTerm>& out,
                   std::unordered_map<uint64_t, std::string>* names);

}  // namespace simkit
