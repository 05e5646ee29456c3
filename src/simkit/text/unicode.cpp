// SPDX-License-Identifier: MIT
#include "simkit/text/unicode.h"

#include <algorithm>
#include <vector>

namespace simkit::unicode {

namespace {

struct Record {
  uint8_t category;
  uint8_t combining_class;
  uint8_t flags;
};

#include "simkit_unicode_data.inc"  // generated: kRecords, kStage1, kStage2, the mapping streams

constexpr char32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr char32_t kLCount = 19, kVCount = 21, kTCount = 28, kNCount = kVCount * kTCount,
                   kSCount = kLCount * kNCount;

const Record& record(char32_t cp) {
  if (cp > 0x10FFFF) return kRecords[0];  // unassigned
  const size_t block = kStage1[cp >> kBlockShift];
  return kRecords[kStage2[(block << kBlockShift) | (cp & ((1u << kBlockShift) - 1))]];
}

/// Reads one varint from `s` at `i`, advancing `i`.
uint32_t read_varint(const uint8_t* s, size_t& i) {
  uint32_t v = 0;
  for (unsigned shift = 0;; shift += 7) {
    const uint8_t b = s[i++];
    v |= static_cast<uint32_t>(b & 0x7F) << shift;
    if (b < 0x80) return v;
  }
}

/// One sparse mapping decoded from its three streams (see scripts/unicode-tables.mjs): sorted
/// keys, each key's code points in `pool`.
struct Mapping {
  std::vector<char32_t> keys;
  std::vector<uint32_t> start;  // keys.size() + 1 offsets into pool
  std::vector<char32_t> pool;

  Mapping(std::span<const uint8_t> key_stream, std::span<const uint8_t> lengths,
          std::span<const uint8_t> points) {
    const size_t count = lengths.size();
    keys.reserve(count);
    start.reserve(count + 1);
    char32_t key = 0;
    size_t prev = 0, prev_len = 0;  // the previous mapping: pool[prev .. prev + prev_len)
    size_t k_at = 0, p_at = 0;
    for (size_t k = 0; k < count; ++k) {
      key += read_varint(key_stream.data(), k_at);
      keys.push_back(key);
      const size_t first = pool.size();
      start.push_back(static_cast<uint32_t>(first));
      for (size_t j = 0; j < lengths[k]; ++j) {
        const uint32_t z = read_varint(points.data(), p_at);
        const auto delta =
            (z & 1) ? -static_cast<int64_t>((z + 1) >> 1) : static_cast<int64_t>(z >> 1);
        const char32_t base = j < prev_len ? pool[prev + j] : j > 0 ? pool[first + j - 1] : 0;
        pool.push_back(static_cast<char32_t>(static_cast<int64_t>(base) + delta));
      }
      prev = first;
      prev_len = lengths[k];
    }
    start.push_back(static_cast<uint32_t>(pool.size()));
  }

  /// The mapping of `cp` as [first, last), or an empty range.
  std::pair<const char32_t*, const char32_t*> find(char32_t cp) const {
    const auto it = std::lower_bound(keys.begin(), keys.end(), cp);
    if (it == keys.end() || *it != cp) return {nullptr, nullptr};
    const auto k = static_cast<size_t>(it - keys.begin());
    return {pool.data() + start[k], pool.data() + start[k + 1]};
  }
};

struct Tables {
  Mapping decomp{kDecompKeys, kDecompLengths, kDecompPoints};
  Mapping fold{kFoldKeys, kFoldLengths, kFoldPoints};
  std::vector<uint64_t> pairs;  // first << 21 | second, sorted
  std::vector<char32_t> composed;

  Tables() {
    // The primary composites: canonical pairs not excluded from composition.
    std::vector<std::pair<uint64_t, char32_t>> all;
    for (size_t k = 0; k < decomp.keys.size(); ++k) {
      const char32_t cp = decomp.keys[k];
      const uint8_t flags = record(cp).flags;
      if (!(flags & kFlagCanonical) || (flags & kFlagExcluded)) continue;
      if (decomp.start[k + 1] - decomp.start[k] != 2) continue;
      const char32_t* seq = decomp.pool.data() + decomp.start[k];
      all.emplace_back(static_cast<uint64_t>(seq[0]) << 21 | seq[1], cp);
    }
    std::sort(all.begin(), all.end());
    for (const auto& [pair, cp] : all) {
      pairs.push_back(pair);
      composed.push_back(cp);
    }
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

char32_t composite(char32_t first, char32_t second) {
  const Tables& t = tables();
  const uint64_t key = static_cast<uint64_t>(first) << 21 | second;
  const auto it = std::lower_bound(t.pairs.begin(), t.pairs.end(), key);
  if (it == t.pairs.end() || *it != key) return 0;
  return t.composed[static_cast<size_t>(it - t.pairs.begin())];
}

size_t decompose_into(char32_t cp, const DecomposeOptions& o, char32_t* out, size_t room);

size_t decompose_seq(const char32_t* first, const char32_t* last, const DecomposeOptions& o,
                     char32_t* out, size_t room) {
  size_t n = 0;
  for (; first != last; ++first) n += decompose_into(*first, o, out + n, room - n);
  return n;
}

// Writes at most `room` code points (the mappings are short: room never runs out in practice,
// and when it would, the output is cut rather than overrun).
size_t decompose_into(char32_t cp, const DecomposeOptions& o, char32_t* out, size_t room) {
  if (room == 0) return 0;
  if (o.decompose && cp >= kSBase && cp < kSBase + kSCount) {
    const char32_t s = cp - kSBase;
    const char32_t t = s % kTCount;
    const char32_t jamo[3] = {kLBase + s / kNCount, kVBase + (s % kNCount) / kTCount, kTBase + t};
    const size_t n = std::min<size_t>(t ? 3 : 2, room);
    std::copy(jamo, jamo + n, out);
    return n;
  }
  const Record& r = record(cp);
  const auto cat = static_cast<Category>(r.category);
  if (o.strip_marks && (cat == Category::kMn || cat == Category::kMc || cat == Category::kMe))
    return 0;
  if (o.case_fold && (r.flags & kFlagFold)) {
    const auto [first, last] = tables().fold.find(cp);
    return decompose_seq(first, last, o, out, room);
  }
  if (o.decompose && ((r.flags & kFlagCanonical) || (o.compat && (r.flags & kFlagCompat)))) {
    const auto [first, last] = tables().decomp.find(cp);
    return decompose_seq(first, last, o, out, room);
  }
  out[0] = cp;
  return 1;
}

}  // namespace

const char* version() { return kUnicodeVersion; }

std::span<const uint8_t> grapheme_class_runs() { return kGraphemeStream; }

Category category(char32_t cp) { return static_cast<Category>(record(cp).category); }

uint8_t combining_class(char32_t cp) { return record(cp).combining_class; }

size_t decompose(char32_t cp, const DecomposeOptions& options, char32_t* out) {
  return decompose_into(cp, options, out, kMaxDecomposition);
}

size_t compose(char32_t* buf, size_t len) {
  size_t starter = 0;
  bool have_starter = false;
  int max_class = -1;  // highest combining class since the starter: a higher one is not blocked
  size_t w = 0;
  for (size_t r = 0; r < len; ++r) {
    const char32_t c = buf[r];
    const Record& rec = record(c);
    if (have_starter && static_cast<int>(rec.combining_class) > max_class) {
      const char32_t s = buf[starter];
      if (s >= kLBase && s < kLBase + kLCount && c >= kVBase && c < kVBase + kVCount) {
        buf[starter] = kSBase + ((s - kLBase) * kVCount + (c - kVBase)) * kTCount;
        continue;
      }
      if (s >= kSBase && s < kSBase + kSCount && (s - kSBase) % kTCount == 0 && c > kTBase &&
          c < kTBase + kTCount) {
        buf[starter] = s + (c - kTBase);
        continue;
      }
      if ((rec.flags & kFlagSecond) && (record(s).flags & kFlagFirst)) {
        if (const char32_t p = composite(s, c)) {
          buf[starter] = p;
          continue;
        }
      }
    }
    buf[w] = c;
    if (rec.combining_class) {
      max_class = std::max(max_class, static_cast<int>(rec.combining_class));
    } else {
      starter = w;
      have_starter = true;
      max_class = -1;
    }
    ++w;
  }
  return w;
}

}  // namespace simkit::unicode
