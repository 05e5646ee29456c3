// SPDX-License-Identifier: MIT
// Extended grapheme clusters (UAX #29 by the tables' Unicode version, unicode.h), the unit
// 'grapheme' of the string distances: "é" as e + U+0301, a flag, an emoji ZWJ sequence are one
// symbol each. Most text needs no segmentation (every code point its own cluster), and one pass
// over the break classes tells.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace simkit {

/// Grapheme_Cluster_Break, with Extended_Pictographic and viramas (kLinker) as classes of
/// their own; the order of scripts/unicode-tables.mjs.
enum class GraphemeClass : uint8_t {
  kOther,
  kCR,
  kLF,
  kControl,
  kExtend,
  kZwj,
  kRegionalIndicator,
  kPrepend,
  kSpacingMark,
  kL,
  kV,
  kT,
  kLV,
  kLVT,
  kExtendedPictographic,
  kLinker,  ///< a virama or invisible stacker (Extend or SpacingMark to these rules)
};

/// The class of `cp` (a table lookup in the BMP, a search above it).
GraphemeClass grapheme_class(uint32_t cp);

/// What segmenting a text takes.
enum class GraphemeNeed : uint8_t {
  kNone,     ///< every code point is a cluster of its own: the code points are the graphemes
  kSegment,  ///< some clusters hold several code points
  kLinker,   ///< holds a virama: Unicode 15.1 and later join Indic conjuncts across it (GB9c),
             ///< which these tables cannot tell
};

/// One pass over the classes of `code_points` (or of UTF-16 units holding no surrogates).
GraphemeNeed grapheme_need(std::span<const uint32_t> code_points);
GraphemeNeed grapheme_need(std::span<const uint16_t> bmp_units);

/// Appends the end (exclusive, in code points) of each cluster of `code_points` to `ends`. A
/// kLinker code point counts as Extend.
void grapheme_ends(std::span<const uint32_t> code_points, std::vector<uint32_t>& ends);

/// One symbol per cluster: a cluster of one code point is that code point, a longer one an id
/// above U+10FFFF, the same for the same cluster as long as the object lives (or until clear()).
class GraphemeIds {
 public:
  /// Appends the symbols of the clusters of `code_points` to `out`.
  void append(std::span<const uint32_t> code_points, std::vector<uint32_t>& out);
  void clear() { ids_.clear(); }

 private:
  std::unordered_map<std::u32string, uint32_t> ids_;
  std::vector<uint32_t> ends_;
};

}  // namespace simkit
