// SPDX-License-Identifier: MIT
// The Unicode character properties simkit needs, from tables generated at build time from the
// Unicode Character Database (scripts/unicode-tables.mjs): general category, canonical combining
// class, decomposition, full case folding and canonical composition. Nothing else is carried.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace simkit::unicode {

/// General categories, Cn (unassigned) first, in the UCD's usual order.
enum class Category : uint8_t {
  kCn,
  kLu,
  kLl,
  kLt,
  kLm,
  kLo,
  kMn,
  kMc,
  kMe,
  kNd,
  kNl,
  kNo,
  kPc,
  kPd,
  kPs,
  kPe,
  kPi,
  kPf,
  kPo,
  kSm,
  kSc,
  kSk,
  kSo,
  kZs,
  kZl,
  kZp,
  kCc,
  kCf,
  kCs,
  kCo,
};

/// The Unicode version of the tables.
const char* version();

/// General category of `cp` (kCn beyond U+10FFFF).
Category category(char32_t cp);

/// Canonical combining class of `cp` (0 for starters).
uint8_t combining_class(char32_t cp);

/// What decompose() does to one code point.
struct DecomposeOptions {
  bool decompose = false;    ///< canonical decomposition (and Hangul syllables)
  bool compat = false;       ///< compatibility decompositions too (with `decompose`)
  bool case_fold = false;    ///< full case folding (CaseFolding.txt statuses C and F)
  bool strip_marks = false;  ///< drop Mn, Mc and Me code points
};

/// Longest output of decompose() for one code point (U+FDFA under compatibility: 18).
inline constexpr size_t kMaxDecomposition = 32;

/// Fully decomposes `cp` into `out` (room for kMaxDecomposition code points), recursively:
/// marks are dropped first, then case folding applies, then the decomposition. Marks are
/// left in the order of the mappings; canonical ordering is the caller's step.
/// @return the number of code points written.
size_t decompose(char32_t cp, const DecomposeOptions& options, char32_t* out);

/// Canonical composition (Unicode 3.11) of a canonically ordered buffer, in place, without
/// the composition exclusions. @return the new length.
size_t compose(char32_t* buf, size_t len);

/// The grapheme cluster break classes as runs, one varint (length << 4 | class) each, over
/// every code point in order (grapheme.h expands them; the classes are its GraphemeClass).
std::span<const uint8_t> grapheme_class_runs();

}  // namespace simkit::unicode
