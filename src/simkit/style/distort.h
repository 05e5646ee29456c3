// SPDX-License-Identifier: MIT
// Text distortion (Stamatatos 2017, "Authorship attribution using text distortion"): what is
// left of a text when its topic is masked. Every word that is not one of English's most frequent
// (function) words becomes one '*', every run of digits one '#'; function words, punctuation and
// spacing stay (the DV-SA variant). Character n-grams and character models of the distorted text
// see a writer's habits of function words and punctuation, not what the text is about, which is
// what cross-topic and cross-genre problems need.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace simkit {

enum class Distortion : uint8_t { kNone = 0, kMaskContentWords = 1 };

/// True when `word` (case-folded) is on the English function-word list the masking keeps.
bool is_function_word(std::string_view word);

/// Appends the distorted form of `text` (valid UTF-8, already normalized and case-folded) to
/// `out`. Words are runs of letters and marks, with an apostrophe (' or U+2019) inside a word
/// joining its parts ("don't" is one word); invalid UTF-8 bytes are copied as they are.
void mask_content_words(std::string_view text, std::string& out);

}  // namespace simkit
