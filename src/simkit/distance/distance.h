// SPDX-License-Identifier: MIT
// String distances and similarities over sequences of symbols (code points, UTF-16 units or
// grapheme ids; the caller chooses the unit): Levenshtein (bit-parallel, Myers 1999 / Hyyrö
// 2003, with a score cutoff), weighted Levenshtein, optimal string alignment, true
// Damerau-Levenshtein, Hamming, Jaro, Jaro-Winkler, Sørensen-Dice on bigrams, longest common
// subsequence and substring, and the Indel ratio RapidFuzz calls fuzz.ratio.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace simkit {

using Symbols = std::span<const uint32_t>;

/// Reusable buffers for the distance functions (the hot paths allocate nothing once warm).
struct DistanceWorkspace {
  std::vector<uint64_t> peq;  // pattern bit masks for symbols >= 256 (open addressing)
  std::vector<uint32_t> peq_keys;
  std::vector<uint32_t> peq_used;  // table slots the current pattern filled
  std::vector<uint32_t> row0, row1, row2;
  std::vector<uint8_t> flags_a, flags_b;
  std::vector<uint64_t> bigram_keys;  // dice_bigrams' table: all zero between calls
  std::vector<uint32_t> bigram_counts, bigram_used;
  std::vector<uint64_t> lane_peq;  // levenshtein_batch's per-lane masks: all zero between calls
  std::array<std::vector<uint32_t>, 4> lane_ids;  // a lane's pair with symbols >= 256, renumbered
  // Patterns of more than 64 symbols: one row of ⌈m/64⌉ masks per distinct symbol, found
  // through block_direct (symbols < 256; all zero between calls) or block_keys (open
  // addressing; all empty between calls), and the per-block state of the bit-vector step.
  std::vector<uint32_t> block_direct;
  std::vector<uint32_t> block_keys, block_rows, block_used;
  std::vector<uint64_t> block_masks, block_vp, block_vn;
  std::vector<uint32_t> block_scores;
};

/// Unit-cost Levenshtein distance. Returns `cutoff + 1` as soon as the distance is known to
/// exceed `cutoff` (pass UINT32_MAX for none). Bit-parallel for any lengths (Myers 1999,
/// Hyyrö 2003): one 64-bit word per column for up to 64 symbols, otherwise ⌈m/64⌉ words
/// restricted to the diagonal band the cutoff (or the distance found so far) allows:
/// O(⌈min(m, 2·cutoff)/64⌉·n).
uint32_t levenshtein(Symbols a, Symbols b, uint32_t cutoff, DistanceWorkspace& ws);

/// Unit-cost Levenshtein of many pairs: out[i] = levenshtein(a_i, b_i, cutoff), where string i
/// of a is a_symbols[a_ends[i - 1], a_ends[i]) (from 0 for i = 0), likewise for b. Common
/// prefixes and suffixes are skipped first; pairs whose shorter remainder has at most 64
/// symbols then run several at a time, interleaved, so that the long dependency chain of one
/// pair's bit-vector step overlaps the others' (a pair with symbols >= 256 is renumbered into
/// small ids first). Longer pairs take the blocked step of levenshtein(). No allocation once
/// the workspace is warm.
/// @pre the ends are non-decreasing and within their symbol arrays; out has one slot per pair.
void levenshtein_batch(Symbols a_symbols, std::span<const uint32_t> a_ends, Symbols b_symbols,
                       std::span<const uint32_t> b_ends, uint32_t cutoff, std::span<uint32_t> out,
                       DistanceWorkspace& ws);
/// The same over byte symbols (ASCII or Latin-1 text as it is, no widening).
void levenshtein_batch(std::span<const uint8_t> a_symbols, std::span<const uint32_t> a_ends,
                       std::span<const uint8_t> b_symbols, std::span<const uint32_t> b_ends,
                       uint32_t cutoff, std::span<uint32_t> out, DistanceWorkspace& ws);
/// The same over 16-bit symbols (UTF-16 code units, or code points all in the BMP), no
/// widening and no renumbering.
void levenshtein_batch(std::span<const uint16_t> a_symbols, std::span<const uint32_t> a_ends,
                       std::span<const uint16_t> b_symbols, std::span<const uint32_t> b_ends,
                       uint32_t cutoff, std::span<uint32_t> out, DistanceWorkspace& ws);

/// Levenshtein with costs for insertion (into a), deletion and substitution. O(m·n).
uint64_t weighted_levenshtein(Symbols a, Symbols b, uint32_t insert_cost, uint32_t delete_cost,
                              uint32_t substitute_cost, DistanceWorkspace& ws);

/// Optimal string alignment distance (adjacent transpositions, no edits inside them). O(m·n).
uint32_t osa_distance(Symbols a, Symbols b, DistanceWorkspace& ws);

/// True (unrestricted) Damerau-Levenshtein distance (Lowrance-Wagner). O(m·n).
uint32_t damerau_distance(Symbols a, Symbols b, DistanceWorkspace& ws);

/// Number of positions that differ; UINT32_MAX when the lengths differ.
uint32_t hamming_distance(Symbols a, Symbols b);

/// How Jaro halves t, the number of matched symbols that stand in a different order: kFloor
/// rounds t / 2 down, as Winkler's own code (strcmp95), RapidFuzz and jellyfish do; kExact
/// keeps the fraction, as natural and most textbook statements of the formula do.
enum class HalfTranspositions : uint8_t { kFloor, kExact };

/// Jaro similarity in [0, 1].
double jaro(Symbols a, Symbols b, DistanceWorkspace& ws,
            HalfTranspositions half = HalfTranspositions::kFloor);

/// Jaro-Winkler: Jaro boosted by prefix_weight for each common prefix symbol (at most 4)
/// when Jaro exceeds `boost_threshold` (0.7 in Winkler's definition; 0 to always boost).
double jaro_winkler(Symbols a, Symbols b, double prefix_weight, double boost_threshold,
                    DistanceWorkspace& ws, HalfTranspositions half = HalfTranspositions::kFloor);

/// Sørensen-Dice coefficient of the two bigram multisets in [0, 1]. Strings shorter than two
/// symbols have no bigrams: two empty bigram sets give 1 when the strings are equal, else 0.
double dice_bigrams(Symbols a, Symbols b, DistanceWorkspace& ws);

/// Length of the longest common subsequence (bit-parallel, Hyyrö 2004; ⌈m/64⌉ words a column).
uint32_t lcs_length(Symbols a, Symbols b, DistanceWorkspace& ws);

/// Longest common substring: its length and where it starts in a and in b.
struct CommonSubstring {
  uint32_t length;
  uint32_t a_start;
  uint32_t b_start;
};
CommonSubstring longest_common_substring(Symbols a, Symbols b, DistanceWorkspace& ws);

/// RapidFuzz's fuzz.ratio / 100: 1 − Indel distance / (m + n); 1 for two empty strings.
double indel_ratio(Symbols a, Symbols b, DistanceWorkspace& ws);

/// RapidFuzz's fuzz.partial_ratio / 100: the best indel_ratio of the shorter string against any
/// alignment in the longer one (windows of its length, and the partial windows at both ends),
/// found exactly by RapidFuzz's short-needle search at every length; both ways round when the
/// lengths are equal. 1 for two empty strings, 0 when one is empty.
double partial_indel_ratio(Symbols a, Symbols b, DistanceWorkspace& ws);

/// 1 − distance / max(m, n) (1 for two empty strings).
double normalized_levenshtein_similarity(Symbols a, Symbols b, DistanceWorkspace& ws);

}  // namespace simkit
