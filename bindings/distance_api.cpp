// SPDX-License-Identifier: MIT
#include "distance_api.h"

#include <cstring>
#include <span>
#include <string>

#include "arena.h"
#include "simkit/protocol.h"
#include "simkit/text/normalize.h"
#include "simkit/text/utf8.h"
#include "text_api.h"

namespace simkit::api {

namespace {
DistanceWorkspace g_ws;
Normalizer g_normalizer;
NormalizedText g_normalized;
std::vector<uint32_t> g_buf_a;
std::vector<uint32_t> g_buf_b;

// kSymbolInput and kUtf16Ends (simkit/protocol.h) are the `kind`s beside packed normalization
// flags. kUtf16Ends spares JS a pass computing UTF-8 lengths; the split happens here, while
// decoding.

Status symbols_at(uint32_t offset, uint32_t length, Symbols& out) {
  const uint32_t* p = nullptr;
  if (!arena_u32(offset, length, p))
    return invalid_argument("strings lie outside the input arena (internal error)");
  out = Symbols(p, length);
  return Status::ok();
}

// Decodes the code point at text[pos] (pos < text.size()) into `cp`; returns its length in
// bytes, 0 when the sequence is invalid. Valid one- to three-byte sequences (ASCII, Latin,
// Cyrillic, CJK ...) decode inline; four-byte ones and anything invalid go through
// decode_utf8, which has the last word on validity.
[[gnu::always_inline]] inline size_t decode_at(std::string_view text, size_t pos, uint32_t& cp) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  const uint32_t b0 = bytes[pos];
  if (b0 < 0xE0 && pos + 1 < size) {
    // ASCII or two bytes, without a branch on which: mixed text (Cyrillic words and ASCII
    // spaces, say) would mispredict it all the time.
    const uint32_t b1 = bytes[pos + 1];
    const uint32_t two = b0 >> 7;
    const uint32_t bad =
        two & (static_cast<uint32_t>(b0 < 0xC2) | static_cast<uint32_t>((b1 & 0xC0U) != 0x80U));
    if (bad == 0) {
      cp = two != 0 ? ((b0 & 0x1FU) << 6) | (b1 & 0x3FU) : b0;
      return 1 + two;
    }
  } else if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  if ((b0 & 0xF0U) == 0xE0U && pos + 2 < size) {
    const uint32_t b1 = bytes[pos + 1];
    const uint32_t b2 = bytes[pos + 2];
    // No overlongs (E0 80..9F) and no surrogates (ED A0..BF).
    const bool second_ok = b0 == 0xE0 ? b1 >= 0xA0 : b0 == 0xED ? b1 <= 0x9F : true;
    if ((b1 & 0xC0U) == 0x80U && (b2 & 0xC0U) == 0x80U && second_ok) {
      cp = ((b0 & 0x0FU) << 12) | ((b1 & 0x3FU) << 6) | (b2 & 0x3FU);
      return 3;
    }
  }
  const DecodedChar c = decode_utf8(text, pos);
  if (!c.valid) return 0;
  cp = static_cast<uint32_t>(c.code_point);
  return c.length;
}

// Appends the code points of UTF-8 `text` to `out`, normalized first when `norm_flags` != 0.
Status append_code_points(std::string_view text, uint32_t norm_flags, std::vector<uint32_t>& out) {
  if (norm_flags != 0) {
    SIMKIT_RETURN_IF_ERROR(check_normalize_flags(norm_flags));
    SIMKIT_RETURN_IF_ERROR(
        g_normalizer.normalize(text, unpack_normalize(norm_flags), g_normalized, "text", false));
    text = g_normalized.text;
  }
  // At most one code point per byte: write into the grown buffer, then trim.
  const size_t start = out.size();
  out.resize(start + text.size());
  uint32_t* dst = out.data() + start;
  for (size_t pos = 0; pos < text.size();) {
    const size_t length = decode_at(text, pos, *dst++);
    if (length == 0) {
      out.resize(start);
      return {ErrorCode::kInvalidUtf8, "text is not valid UTF-8"};
    }
    pos += length;
  }
  out.resize(static_cast<size_t>(dst - out.data()));
  return Status::ok();
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
  SIMKIT_RETURN_IF_ERROR(append_code_points(text, kind, buffer));
  out = Symbols(buffer.data(), buffer.size());
  return Status::ok();
}

// One side of distance_batch: every string's symbols in one flat array, decoded once per call
// (no per-pair buffers), with the end of each string in symbols.
struct BatchSide {
  std::vector<uint32_t> decoded;
  std::vector<uint32_t> decoded_ends;
  Symbols symbols;
  std::span<const uint32_t> ends;
  uint32_t kind = 0;
  uint32_t offset = 0;
  const uint32_t* input_ends = nullptr;  // in bytes or symbols, per kind
  uint32_t count = 0;
  uint32_t total = 0;  // the last end
  std::string_view all;
  bool ascii = false;

  bool predecoded = false;     // begin_utf16 decoded it all: add() has nothing to do
  size_t predecoded_size = 0;  // the symbols begin_utf16 wrote (decoded may be longer)

  // `keep`: leave `decoded` as it is (begin_utf16 overwrites it from the start).
  void begin(uint32_t kind_, uint32_t offset_, const uint32_t* ends_, uint32_t count_,
             bool keep = false) {
    predecoded = false;
    kind = kind_;
    offset = offset_;
    input_ends = ends_;
    count = count_;
    total = count == 0 ? 0 : input_ends[count - 1];
    // Plain ASCII text (the common case) needs no decoding: its bytes are its code points.
    ascii = kind == 0 && uint64_t{offset} + total <= UINT32_MAX && arena_view(offset, total, all) &&
            is_ascii(all);
    if (!ascii && !keep) decoded.clear();  // ASCII overwrites it all: resizing zeroes nothing
    decoded_ends.clear();
  }

  // kUtf16Ends: `bytes` of UTF-8 at offset_, ends_ in UTF-16 units. ASCII is left as it is
  // (units are bytes); other text is decoded whole, each string closed where its units end.
  Status begin_utf16(uint32_t offset_, const uint32_t* ends_, uint32_t count_, uint32_t bytes) {
    begin(0, offset_, ends_, count_, true);  // ASCII when the first `total` bytes are
    if (ascii) {
      if (bytes != total) return invalid_argument("byte lengths do not match (internal error)");
      return Status::ok();
    }
    std::string_view text;
    SIMKIT_RETURN_IF_ERROR(input_text(offset, bytes, "text", text));
    const auto straddles = [] {
      return invalid_argument("a character straddles two strings (internal error)");
    };
    // Grown, never shrunk here: resizing up again would zero what the decoder overwrites.
    if (decoded.size() < text.size()) decoded.resize(text.size());
    decoded_ends.resize(count);
    uint32_t* dst = decoded.data();
    uint32_t units = 0;
    size_t pos = 0;
    for (uint32_t i = 0; i < count; ++i) {
      const uint32_t end = input_ends[i];
      while (units < end && pos < text.size()) {
        const size_t length = decode_at(text, pos, *dst);
        if (length == 0) return {ErrorCode::kInvalidUtf8, "text is not valid UTF-8"};
        units += *dst++ >= 0x10000 ? 2U : 1U;
        pos += length;
      }
      if (units != end) return straddles();  // or the ends and the bytes disagree
      decoded_ends[i] = static_cast<uint32_t>(dst - decoded.data());
    }
    if (pos != text.size()) return straddles();
    predecoded_size = static_cast<size_t>(dst - decoded.data());
    predecoded = true;
    return Status::ok();
  }

  // String i (the previous one ended at `previous`): load_input's checks, messages and
  // decoding, appended to the flat array.
  Status add(uint32_t i, uint32_t previous) {
    if (predecoded) return Status::ok();
    const uint32_t length = input_ends[i] - previous;
    if (kind == kSymbolInput) {
      Symbols symbols_i;
      SIMKIT_RETURN_IF_ERROR(symbols_at(offset + previous * 4, length, symbols_i));
      decoded.insert(decoded.end(), symbols_i.begin(), symbols_i.end());
      return Status::ok();
    }
    // Within the ASCII range checked whole: in the arena.
    if (ascii && input_ends[i] <= total) return Status::ok();
    std::string_view text;
    SIMKIT_RETURN_IF_ERROR(input_text(offset + previous, length, "text", text));
    if (ascii) return Status::ok();
    SIMKIT_RETURN_IF_ERROR(append_code_points(text, kind, decoded));
    decoded_ends.push_back(static_cast<uint32_t>(decoded.size()));
    return Status::ok();
  }

  // After every add() succeeded; `widen`: ASCII as uint32 symbols too (else only bytes()).
  void end(bool widen) {
    ends = std::span<const uint32_t>(input_ends, count);  // symbol input, ASCII: the same units
    if (ascii) {
      if (!widen) return;
      decoded.resize(total);
      const auto* bytes = reinterpret_cast<const unsigned char*>(all.data());
      for (uint32_t i = 0; i < total; ++i) decoded[i] = bytes[i];
      symbols = Symbols(decoded.data(), decoded.size());
    } else {
      symbols = Symbols(decoded.data(), predecoded ? predecoded_size : decoded.size());
      if (kind != kSymbolInput) ends = std::span<const uint32_t>(decoded_ends);
    }
  }

  // ASCII text as it is (valid after begin() found it ASCII).
  [[nodiscard]] std::span<const uint8_t> bytes() const {
    return {reinterpret_cast<const uint8_t*>(all.data()), all.size()};
  }

  static bool is_ascii(std::string_view text) {
    uint64_t any = 0;
    size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
      uint64_t word = 0;
      std::memcpy(&word, text.data() + i, 8);
      any |= word;
    }
    for (; i < text.size(); ++i) any |= static_cast<unsigned char>(text[i]);
    return (any & 0x8080808080808080ULL) == 0;
  }
};

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
  // Every string is checked and decoded once, up front, in the order the pairs come.
  if (kind == kUtf16Ends) {
    const uint32_t* bytes = nullptr;  // the two sides' UTF-8 lengths, after b's ends
    if (uint64_t{b_ends_offset} + uint64_t{count} * 4 > UINT32_MAX ||
        !arena_u32(b_ends_offset + count * 4, 2, bytes))
      return report(invalid_argument("ends lie outside the input arena (internal error)"));
    SIMKIT_RETURN_IF_ERROR_CODE(g_side_a.begin_utf16(a_offset, a_ends, count, bytes[0]));
    SIMKIT_RETURN_IF_ERROR_CODE(g_side_b.begin_utf16(b_offset, b_ends, count, bytes[1]));
  } else {
    g_side_a.begin(kind, a_offset, a_ends, count);
    g_side_b.begin(kind, b_offset, b_ends, count);
  }
  uint32_t pa = 0;
  uint32_t pb = 0;
  for (uint32_t i = 0; i < count; ++i) {
    if (a_ends[i] < pa || b_ends[i] < pb)
      return report(invalid_argument("ends are out of order (internal error)"));
    SIMKIT_RETURN_IF_ERROR_CODE(g_side_a.add(i, pa));
    SIMKIT_RETURN_IF_ERROR_CODE(g_side_b.add(i, pb));
    pa = a_ends[i];
    pb = b_ends[i];
  }
  // Levenshtein over two ASCII sides runs on the bytes; everything else on uint32 symbols.
  const bool bytes =
      metric == static_cast<uint32_t>(M::kLevenshtein) && g_side_a.ascii && g_side_b.ascii;
  g_side_a.end(!bytes);
  g_side_b.end(!bytes);
  r.f64.resize(count);
  if (metric == static_cast<uint32_t>(M::kLevenshtein)) {
    g_distances.resize(count);
    if (bytes) {
      levenshtein_batch(g_side_a.bytes(), g_side_a.ends, g_side_b.bytes(), g_side_b.ends, p1,
                        g_distances, g_ws);
    } else {
      levenshtein_batch(g_side_a.symbols, g_side_a.ends, g_side_b.symbols, g_side_b.ends, p1,
                        g_distances, g_ws);
    }
    for (uint32_t i = 0; i < count; ++i) r.f64[i] = g_distances[i];
    return 0;
  }
  pa = 0;
  pb = 0;
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
  const uint32_t* ends = nullptr;
  if (!arena_u32(ends_offset, count, ends))
    return report(invalid_argument("candidates lie outside the input arena (internal error)"));
  if (kind == kSymbolInput) {
    const uint32_t* symbols = nullptr;
    if (!arena_u32(data_offset, data_length, symbols))
      return report(invalid_argument("candidates lie outside the input arena (internal error)"));
    return report(matcher_.set(symbols, ends, count, data_length));
  }
  // UTF-8 candidates: decode (and normalize) each, rebuilding the ends in code points.
  std::string_view all;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(data_offset, data_length, "candidates", all));
  std::vector<uint32_t> symbols;
  std::vector<uint32_t> symbol_ends(count);
  uint32_t previous = 0;
  for (uint32_t i = 0; i < count; ++i) {
    if (ends[i] < previous || ends[i] > data_length)
      return report(invalid_argument("candidates are out of order (internal error)"));
    SIMKIT_RETURN_IF_ERROR_CODE(
        append_code_points(all.substr(previous, ends[i] - previous), kind, symbols));
    previous = ends[i];
    symbol_ends[i] = static_cast<uint32_t>(symbols.size());
  }
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
