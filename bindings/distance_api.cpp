// SPDX-License-Identifier: MIT
#include "distance_api.h"

#include <algorithm>
#include <span>
#include <string>

#include "arena.h"
#include "batch.h"
#include "simkit/protocol.h"
#include "simkit/text/decode.h"
#include "simkit/text/grapheme.h"
#include "simkit/text/normalize.h"
#include "text_api.h"

namespace simkit::api {

namespace {
DistanceWorkspace g_ws;
Normalizer g_normalizer;
NormalizedText g_normalized;
std::vector<uint32_t> g_buf_a;
std::vector<uint32_t> g_buf_b;

// kSymbolInput, kUtf16CodePoints and kUtf16Units (simkit/protocol.h) are the `kind`s beside
// packed normalization flags. The UTF-16 kinds take strings as JavaScript holds them: they
// spare JS an encode to UTF-8 and C++ a decode of it.

Status symbols_at(uint32_t offset, uint32_t length, Symbols& out) {
  const uint32_t* p = nullptr;
  if (!arena_u32(offset, length, p))
    return invalid_argument("strings lie outside the input arena (internal error)");
  out = Symbols(p, length);
  return Status::ok();
}

// Appends the code points of UTF-8 `text` to `out`, normalized first when `norm_flags` != 0.
Status append_text(std::string_view text, uint32_t norm_flags, std::vector<uint32_t>& out) {
  if (norm_flags != 0) {
    SIMKIT_RETURN_IF_ERROR(check_normalize_flags(norm_flags));
    SIMKIT_RETURN_IF_ERROR(
        g_normalizer.normalize(text, unpack_normalize(norm_flags), g_normalized, "text", false));
    text = g_normalized.text;
  }
  return append_code_points(text, out);
}

// An input string: with `kind` kSymbolInput a uint32 array of `length` symbols at `offset`;
// otherwise `length` UTF-8 bytes decoded to code points, normalized first with `kind` as the
// packed normalization flags (0: as given).
Status load_input(uint32_t kind, uint32_t offset, uint32_t length, std::vector<uint32_t>& buffer,
                  Symbols& out) {
  if (kind == kSymbolInput) return symbols_at(offset, length, out);
  std::string_view text;
  SIMKIT_RETURN_IF_ERROR(input_text(offset, length, "text", text));
  buffer.clear();
  SIMKIT_RETURN_IF_ERROR(append_text(text, kind, buffer));
  out = Symbols(buffer.data(), buffer.size());
  return Status::ok();
}

// Code points outside the BMP as 16-bit ids, one numbering for both sides of a Levenshtein
// batch: each distinct one gets an id in the surrogate range, which decoded text never holds.
// Levenshtein compares symbols only for equality, so the ids change no distance, and text with
// emoji runs on 16-bit symbols (a direct table) instead of renumbered 32-bit ones.
class AstralIds {
 public:
  void clear() {
    for (const uint32_t slot : used_) keys_[slot] = 0;
    used_.clear();
    full_ = false;
  }
  // False, for good, once more than kIds distinct code points have come.
  bool id(uint32_t code_point, uint16_t& out) {
    if (full_) return false;
    size_t slot = static_cast<size_t>(code_point * 0x9E3779B1U) & (kTable - 1);
    while (keys_[slot] != 0 && keys_[slot] != code_point) slot = (slot + 1) & (kTable - 1);
    if (keys_[slot] == 0) {
      if (used_.size() == kIds) {
        full_ = true;
        return false;
      }
      keys_[slot] = code_point;
      ids_[slot] = static_cast<uint16_t>(0xD800U + used_.size());
      used_.push_back(static_cast<uint32_t>(slot));
    }
    out = ids_[slot];
    return true;
  }
  [[nodiscard]] bool full() const { return full_; }

 private:
  static constexpr size_t kIds = 0x800;       // the surrogate range
  static constexpr size_t kTable = 2 * kIds;  // a power of two: short probe sequences
  std::vector<uint32_t> keys_ = std::vector<uint32_t>(kTable, 0);  // 0: free (never astral)
  std::vector<uint16_t> ids_ = std::vector<uint16_t>(kTable, 0);
  std::vector<uint32_t> used_;
  bool full_ = false;
};

// One side of distance_batch, checked and decoded once per call (no per-pair buffers) into
// the narrowest form the metric can run on: ASCII bytes or UTF-16 units as they lie in the
// arena, or uint32 symbols.
struct BatchSide {
  enum class Form : uint8_t { kBytes, kUnits, kSymbols };
  Form form = Form::kSymbols;
  std::span<const uint8_t> bytes;
  std::span<const uint16_t> units;
  Symbols symbols;
  std::span<const uint32_t> ends;  // in the form's symbols
  std::vector<uint32_t> decoded;
  std::vector<uint32_t> decoded_ends;
  std::vector<uint8_t> narrowed;
  std::vector<uint16_t> narrowed_units;
  std::vector<uint32_t> clustered;
  std::vector<uint32_t> clustered_ends;
  bool deferred = false;  // graphemes the caller must segment (GraphemeNeed::kLinker)

  // `input_ends`: checked non-decreasing; in bytes, units or symbols, per kind.
  // `astral`: give code points outside the BMP its 16-bit ids (Levenshtein only), or null.
  Status load(uint32_t kind, uint32_t offset, std::span<const uint32_t> input_ends,
              GraphemeIds& ids, AstralIds* astral) {
    const uint32_t total = input_ends.empty() ? 0 : input_ends.back();
    ends = input_ends;
    deferred = false;
    const auto outside = [] {
      return invalid_argument("strings lie outside the input arena (internal error)");
    };
    if (kind == kUtf16Graphemes || kind == kAsciiGraphemes) {
      SIMKIT_RETURN_IF_ERROR(
          load(kind == kAsciiGraphemes ? 0 : kUtf16CodePoints, offset, input_ends, ids, nullptr));
      return graphemes(ids);
    }
    if (kind == kSymbolInput) {
      form = Form::kSymbols;
      return symbols_at(offset, total, symbols);
    }
    if (kind == kUtf16CodePoints || kind == kUtf16Units) {
      const uint16_t* p = nullptr;
      if (!arena_u16(offset, total, p)) return outside();
      units = std::span<const uint16_t>(p, total);
      if (narrow_latin1(units, narrowed)) {  // the byte tables are the smallest
        form = Form::kBytes;
        bytes = std::span<const uint8_t>(narrowed);
        return Status::ok();
      }
      form = Form::kUnits;
      // Without surrogates the units are the code points.
      if (kind == kUtf16Units || !has_surrogates(units)) return Status::ok();
      if (astral != nullptr && astral_units(input_ends, *astral)) return Status::ok();
      decode_utf16_list(units, input_ends, decoded, decoded_ends);
      return wide();
    }
    std::string_view all;
    SIMKIT_RETURN_IF_ERROR(input_text(offset, total, "text", all));
    if (kind == 0 && is_ascii(all)) {  // the common case: bytes are code points
      form = Form::kBytes;
      bytes = std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(all.data()), all.size());
      return Status::ok();
    }
    decoded.clear();
    decoded_ends.resize(input_ends.size());
    uint32_t previous = 0;
    for (size_t i = 0; i < input_ends.size(); ++i) {
      SIMKIT_RETURN_IF_ERROR(
          append_text(all.substr(previous, input_ends[i] - previous), kind, decoded));
      previous = input_ends[i];
      decoded_ends[i] = static_cast<uint32_t>(decoded.size());
    }
    return wide();
  }

  // Every form as uint32 symbols, for the metrics that take only those.
  void widen() {
    if (form == Form::kBytes) {
      decoded.assign(bytes.begin(), bytes.end());
    } else if (form == Form::kUnits) {
      decoded.assign(units.begin(), units.end());
    } else {
      return;
    }
    form = Form::kSymbols;
    symbols = Symbols(decoded.data(), decoded.size());
  }

 private:
  // The loaded units with each surrogate pair as its AstralIds id (a lone surrogate as U+FFFD,
  // as decoding gives). False when the ids ran out.
  bool astral_units(std::span<const uint32_t> input_ends, AstralIds& astral) {
    const bool fits = decode_utf16_list(units, input_ends, narrowed_units, decoded_ends,
                                        [&astral](uint32_t c, uint16_t& slot) {
                                          if (c >= 0x10000U) return astral.id(c, slot);
                                          slot = static_cast<uint16_t>(c);
                                          return true;
                                        });
    if (!fits) return false;
    units = std::span<const uint16_t>(narrowed_units);
    ends = std::span<const uint32_t>(decoded_ends);
    return true;
  }

  Status wide() {
    form = Form::kSymbols;
    symbols = Symbols(decoded.data(), decoded.size());
    ends = std::span<const uint32_t>(decoded_ends);
    return Status::ok();
  }

  // The loaded code points as grapheme clusters: as they are when every code point is a
  // cluster of its own (the common case, one pass over the classes), else segmented.
  Status graphemes(GraphemeIds& ids) {
    GraphemeNeed need = GraphemeNeed::kNone;
    if (form == Form::kBytes) {  // Latin-1: only CR LF joins
      if (std::find(bytes.begin(), bytes.end(), uint8_t{'\r'}) == bytes.end()) return Status::ok();
      need = GraphemeNeed::kSegment;
    } else if (form == Form::kUnits) {
      need = grapheme_need(units);
    } else {
      need = grapheme_need(symbols);
    }
    if (need == GraphemeNeed::kNone) return Status::ok();
    if (need == GraphemeNeed::kLinker) {
      deferred = true;
      return Status::ok();
    }
    widen();
    clustered.clear();
    clustered_ends.resize(ends.size());
    uint32_t previous = 0;
    for (size_t i = 0; i < ends.size(); ++i) {
      ids.append(symbols.subspan(previous, ends[i] - previous), clustered);
      previous = ends[i];
      clustered_ends[i] = static_cast<uint32_t>(clustered.size());
    }
    symbols = Symbols(clustered.data(), clustered.size());
    ends = std::span<const uint32_t>(clustered_ends);
    return Status::ok();
  }
};

GraphemeIds g_grapheme_ids;
AstralIds g_astral_ids;

BatchSide g_side_a;
BatchSide g_side_b;
std::vector<uint32_t> g_distances;

using M = DistanceMetric;
constexpr auto kSimilarity = static_cast<uint32_t>(M::kSimilarity);

Status check_metric(uint32_t metric) {
  if (metric <= static_cast<uint32_t>(M::kJaro) ||
      (metric >= kSimilarity && metric < kSimilarity + kScorerCount))
    return Status::ok();
  return invalid_argument("metric is unknown (internal error)");
}

// Codes are indexes into kHalfTranspositionNames: t / 2 rounded down (Winkler, RapidFuzz,
// jellyfish) or exact (natural).
static_assert(kHalfTranspositionNames[static_cast<size_t>(HalfTranspositions::kFloor)] == "floor" &&
              kHalfTranspositionNames[static_cast<size_t>(HalfTranspositions::kExact)] == "exact");
HalfTranspositions half_transpositions(uint32_t code) {
  return code == static_cast<uint32_t>(HalfTranspositions::kExact) ? HalfTranspositions::kExact
                                                                   : HalfTranspositions::kFloor;
}

double compute(uint32_t metric, Symbols a, Symbols b, uint32_t p1, uint32_t p2, uint32_t p3) {
  if (metric >= kSimilarity)
    return score_pair(static_cast<Scorer>(metric - kSimilarity), a, b, 0.0, g_ws);
  switch (static_cast<M>(metric)) {
    case M::kLevenshtein:
      return levenshtein(a, b, p1, g_ws);
    case M::kWeightedLevenshtein:
      return static_cast<double>(weighted_levenshtein(a, b, p1, p2, p3, g_ws));
    case M::kOsa:
      return osa_distance(a, b, g_ws);
    case M::kDamerauLevenshtein:
      return damerau_distance(a, b, g_ws);
    case M::kHamming: {
      const uint32_t d = hamming_distance(a, b);
      return d == UINT32_MAX ? -1.0 : d;
    }
    case M::kLcsLength:
      return lcs_length(a, b, g_ws);
    case M::kJaroWinkler:  // prefix weight and boost threshold in millionths, p3 = halving
      return jaro_winkler(a, b, p1 / 1e6, p2 / 1e6, g_ws, half_transpositions(p3));
    case M::kJaro:  // p1 = halving
      return jaro(a, b, g_ws, half_transpositions(p1));
    default:  // kLongestCommonSubstring has its own result shape (handled by the callers)
      return 0.0;
  }
}
}  // namespace

int32_t distance_pair(uint32_t metric, uint32_t kind, uint32_t a_offset, uint32_t a_length,
                      uint32_t b_offset, uint32_t b_length, uint32_t p1, uint32_t p2, uint32_t p3) {
  Results& r = begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(check_metric(metric));
  Symbols a;
  Symbols b;
  SIMKIT_RETURN_IF_ERROR_CODE(load_input(kind, a_offset, a_length, g_buf_a, a));
  SIMKIT_RETURN_IF_ERROR_CODE(load_input(kind, b_offset, b_length, g_buf_b, b));
  if (metric == static_cast<uint32_t>(M::kLongestCommonSubstring)) {
    const CommonSubstring s = longest_common_substring(a, b, g_ws);
    r.f64 = {static_cast<double>(s.length), static_cast<double>(s.a_start),
             static_cast<double>(s.b_start)};
    return 0;
  }
  r.f64 = {compute(metric, a, b, p1, p2, p3)};
  return 0;
}

int32_t distance_batch(uint32_t metric, uint32_t kind, uint32_t a_offset, uint32_t a_ends_offset,
                       uint32_t b_offset, uint32_t b_ends_offset, uint32_t count, uint32_t p1,
                       uint32_t p2, uint32_t p3) {
  Results& r = begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(check_metric(metric));
  if (metric == static_cast<uint32_t>(M::kLongestCommonSubstring))
    return report(invalid_argument("longest common substring has no batch form"));
  const uint32_t* a_ends = nullptr;
  const uint32_t* b_ends = nullptr;
  if (!arena_u32(a_ends_offset, count, a_ends) || !arena_u32(b_ends_offset, count, b_ends))
    return report(invalid_argument("ends lie outside the input arena (internal error)"));
  for (uint32_t i = 1; i < count; ++i) {
    if (a_ends[i] < a_ends[i - 1] || b_ends[i] < b_ends[i - 1])
      return report(invalid_argument("ends are out of order (internal error)"));
  }
  // Every string is checked and decoded once, up front.
  g_grapheme_ids.clear();
  g_astral_ids.clear();
  AstralIds* astral = metric == static_cast<uint32_t>(M::kLevenshtein) ? &g_astral_ids : nullptr;
  SIMKIT_RETURN_IF_ERROR_CODE(
      g_side_a.load(kind, a_offset, {a_ends, count}, g_grapheme_ids, astral));
  SIMKIT_RETURN_IF_ERROR_CODE(
      g_side_b.load(kind, b_offset, {b_ends, count}, g_grapheme_ids, astral));
  if (g_astral_ids.full()) {  // more distinct ones than ids: both sides as code points
    g_grapheme_ids.clear();
    SIMKIT_RETURN_IF_ERROR_CODE(
        g_side_a.load(kind, a_offset, {a_ends, count}, g_grapheme_ids, nullptr));
    SIMKIT_RETURN_IF_ERROR_CODE(
        g_side_b.load(kind, b_offset, {b_ends, count}, g_grapheme_ids, nullptr));
  }
  if (g_side_a.deferred || g_side_b.deferred) return 0;  // no results: the caller segments
  using Form = BatchSide::Form;
  r.f64.resize(count);
  if (metric == static_cast<uint32_t>(M::kLevenshtein)) {
    // Levenshtein runs on bytes or units as they are when both sides have that form.
    g_distances.resize(count);
    if (g_side_a.form == Form::kBytes && g_side_b.form == Form::kBytes) {
      levenshtein_batch(g_side_a.bytes, g_side_a.ends, g_side_b.bytes, g_side_b.ends, p1,
                        g_distances, g_ws);
    } else if (g_side_a.form == Form::kUnits && g_side_b.form == Form::kUnits) {
      levenshtein_batch(g_side_a.units, g_side_a.ends, g_side_b.units, g_side_b.ends, p1,
                        g_distances, g_ws);
    } else {
      g_side_a.widen();
      g_side_b.widen();
      levenshtein_batch(g_side_a.symbols, g_side_a.ends, g_side_b.symbols, g_side_b.ends, p1,
                        g_distances, g_ws);
    }
    for (uint32_t i = 0; i < count; ++i) r.f64[i] = g_distances[i];
    return 0;
  }
  g_side_a.widen();
  g_side_b.widen();
  uint32_t pa = 0;
  uint32_t pb = 0;
  for (uint32_t i = 0; i < count; ++i) {
    const uint32_t ea = g_side_a.ends[i];
    const uint32_t eb = g_side_b.ends[i];
    r.f64[i] = compute(metric, g_side_a.symbols.subspan(pa, ea - pa),
                       g_side_b.symbols.subspan(pb, eb - pb), p1, p2, p3);
    pa = ea;
    pb = eb;
  }
  return 0;
}

int32_t NativeMatcher::set(uint32_t kind, uint32_t data_offset, uint32_t ends_offset,
                           uint32_t count, uint32_t data_length) {
  begin_call();
  if (kind == kSymbolInput) {
    const uint32_t* ends = nullptr;
    const uint32_t* symbols = nullptr;
    if (!arena_u32(ends_offset, count, ends) || !arena_u32(data_offset, data_length, symbols))
      return report(invalid_argument("candidates lie outside the input arena (internal error)"));
    return report(matcher_.set(symbols, ends, count, data_length));
  }
  // UTF-8 candidates: decode (and normalize) each, rebuilding the ends in code points.
  std::vector<uint32_t> symbols;
  std::vector<uint32_t> symbol_ends(count);
  const Status decoded = each_text(
      data_offset, data_length, ends_offset, count,
      [&](uint32_t i, std::string_view text) {
        SIMKIT_RETURN_IF_ERROR(append_text(text, kind, symbols));
        symbol_ends[i] = static_cast<uint32_t>(symbols.size());
        return Status::ok();
      },
      "candidates");
  if (!decoded.is_ok()) return report(decoded);
  return report(matcher_.set(symbols.data(), symbol_ends.data(), count, symbols.size()));
}

int32_t NativeMatcher::extract(uint32_t kind, uint32_t query_offset, uint32_t query_length,
                               uint32_t scorer, uint32_t limit, double cutoff) {
  Results& r = begin_call();
  if (scorer >= kScorerCount) return report(invalid_argument("scorer is unknown (internal error)"));
  if (!(cutoff >= 0.0 && cutoff <= 1.0))
    return report(invalid_argument("cutoff must be a number in [0, 1]"));
  Symbols q;
  SIMKIT_RETURN_IF_ERROR_CODE(load_input(kind, query_offset, query_length, g_buf_a, q));
  matcher_.extract(q, static_cast<Scorer>(scorer), limit, cutoff, matches_);
  for (const Match& m : matches_) {
    r.u32.push_back(m.index);
    r.f64.push_back(m.score);
  }
  return 0;
}

}  // namespace simkit::api
