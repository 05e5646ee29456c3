// SPDX-License-Identifier: MIT
#include "simkit/style/distort.h"

#include <algorithm>
#include <array>

#include "simkit/text/unicode.h"
#include "simkit/text/utf8.h"

namespace simkit {

namespace {

// English function words and a few very frequent verbs, numerals and contractions: the
// closed-class words whose rates are a writer's habit rather than a topic (written for simkit;
// sorted, for binary search).
constexpr std::array<std::string_view, 313> kFunctionWords = {
    "a",         "about",      "above",      "after",    "again",      "against",   "ain't",
    "all",       "almost",     "along",      "also",     "although",   "always",    "am",
    "among",     "an",         "and",        "another",  "any",        "anyone",    "anything",
    "are",       "aren't",     "around",     "as",       "at",         "away",      "back",
    "be",        "became",     "because",    "become",   "been",       "before",    "being",
    "below",     "between",    "both",       "but",      "by",         "came",      "can",
    "can't",     "cannot",     "come",       "could",    "couldn't",   "did",       "didn't",
    "do",        "does",       "doesn't",    "doing",    "don't",      "done",      "down",
    "during",    "each",       "eight",      "either",   "else",       "enough",    "even",
    "ever",      "every",      "everything", "feel",     "felt",       "few",       "find",
    "first",     "five",       "for",        "found",    "four",       "from",      "further",
    "gave",      "get",        "gets",       "getting",  "give",       "go",        "goes",
    "going",     "gone",       "got",        "had",      "hadn't",     "has",       "hasn't",
    "have",      "haven't",    "having",     "he",       "he'd",       "he'll",     "he's",
    "her",       "here",       "here's",     "hers",     "herself",    "him",       "himself",
    "his",       "how",        "however",    "hundred",  "i",          "i'd",       "i'll",
    "i'm",       "i've",       "if",         "in",       "indeed",     "into",      "is",
    "isn't",     "it",         "it'll",      "it's",     "its",        "itself",    "just",
    "keep",      "kept",       "knew",       "know",     "last",       "least",     "less",
    "let",       "let's",      "like",       "look",     "looked",     "made",      "make",
    "many",      "may",        "me",         "mean",     "might",      "mine",      "miss",
    "more",      "most",       "mr",         "mrs",      "much",       "must",      "mustn't",
    "my",        "myself",     "neither",    "never",    "next",       "nine",      "no",
    "nobody",    "none",       "nor",        "not",      "nothing",    "now",       "o'clock",
    "of",        "off",        "often",      "oh",       "on",         "once",      "one",
    "only",      "onto",       "or",         "other",    "others",     "otherwise", "our",
    "ours",      "ourselves",  "out",        "over",     "own",        "per",       "perhaps",
    "put",       "quite",      "rather",     "really",   "said",       "same",      "saw",
    "say",       "says",       "second",     "see",      "seem",       "seemed",    "seven",
    "shall",     "shan't",     "she",        "she'd",    "she'll",     "she's",     "should",
    "shouldn't", "since",      "sir",        "six",      "so",         "some",      "somebody",
    "someone",   "something",  "sometimes",  "still",    "such",       "take",      "tell",
    "ten",       "than",       "that",       "that's",   "the",        "their",     "theirs",
    "them",      "themselves", "then",       "there",    "there's",    "therefore", "these",
    "they",      "they'd",     "they'll",    "they're",  "they've",    "thing",     "things",
    "think",     "this",       "those",      "though",   "thought",    "thousand",  "three",
    "through",   "thus",       "till",       "to",       "together",   "told",      "too",
    "took",      "toward",     "towards",    "two",      "under",      "unless",    "until",
    "up",        "upon",       "us",         "very",     "want",       "was",       "wasn't",
    "way",       "we",         "we'd",       "we'll",    "we're",      "we've",     "well",
    "were",      "weren't",    "what",       "what's",   "whatever",   "when",      "where",
    "whether",   "which",      "while",      "who",      "who's",      "whom",      "whose",
    "why",       "will",       "with",       "within",   "without",    "won't",     "would",
    "wouldn't",  "yes",        "yet",        "you",      "you'd",      "you'll",    "you're",
    "you've",    "your",       "yours",      "yourself", "yourselves",
};
static_assert(std::is_sorted(kFunctionWords.begin(), kFunctionWords.end()));

bool is_word_char(char32_t cp) {
  using unicode::Category;
  const Category c = unicode::category(cp);
  return (c >= Category::kLu && c <= Category::kMe) || cp == U'\'' || cp == U'\u2019';
}

bool is_apostrophe(char32_t cp) { return cp == U'\'' || cp == U'\u2019'; }

bool is_digit(char32_t cp) {
  const unicode::Category c = unicode::category(cp);
  return c >= unicode::Category::kNd && c <= unicode::Category::kNo;
}

}  // namespace

bool is_function_word(std::string_view word) {
  return std::binary_search(kFunctionWords.begin(), kFunctionWords.end(), word);
}

void mask_content_words(std::string_view text, std::string& out) {
  std::string word;  // the current word, with U+2019 spelled '
  size_t i = 0;
  while (i < text.size()) {
    DecodedChar d = decode_utf8(text, i);
    if (d.valid && is_digit(d.code_point)) {
      while (i < text.size() && (d = decode_utf8(text, i)).valid && is_digit(d.code_point))
        i += d.length;
      out.push_back('#');
      continue;
    }
    if (!d.valid || !is_word_char(d.code_point) || is_apostrophe(d.code_point)) {
      out.append(text.substr(i, d.length));
      i += d.length;
      continue;
    }
    // A word: letters and marks, apostrophes only between them.
    const size_t start = i;
    word.clear();
    while (i < text.size()) {
      d = decode_utf8(text, i);
      if (!d.valid || !is_word_char(d.code_point)) break;
      if (is_apostrophe(d.code_point)) {
        const size_t next = i + d.length;
        if (next >= text.size()) break;
        const DecodedChar after = decode_utf8(text, next);
        if (!after.valid || !is_word_char(after.code_point) || is_apostrophe(after.code_point))
          break;
        word.push_back('\'');
      } else {
        word.append(text.substr(i, d.length));
      }
      i += d.length;
    }
    if (is_function_word(word))
      out.append(text.substr(start, i - start));
    else
      out.push_back('*');
  }
}

}  // namespace simkit
