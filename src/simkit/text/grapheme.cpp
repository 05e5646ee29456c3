// SPDX-License-Identifier: MIT
#include "simkit/text/grapheme.h"

#include <algorithm>

#include "simkit/text/unicode.h"

namespace simkit {

namespace {
using C = GraphemeClass;

// The runs expanded once: a byte per BMP code point, and the runs above it for a search.
struct Classes {
  std::vector<uint8_t> bmp = std::vector<uint8_t>(0x10000);
  std::vector<uint32_t> starts;  // of the runs above the BMP
  std::vector<uint8_t> classes;

  Classes() {
    const std::span<const uint8_t> runs = unicode::grapheme_class_runs();
    uint32_t cp = 0;
    for (size_t i = 0; i < runs.size();) {
      uint32_t v = 0;
      for (uint32_t shift = 0;; shift += 7) {
        const uint8_t b = runs[i++];
        v |= static_cast<uint32_t>(b & 0x7F) << shift;
        if (b < 0x80) break;
      }
      const uint32_t end = cp + (v >> 4);
      const auto cls = static_cast<uint8_t>(v & 15);
      for (uint32_t c = cp; c < std::min(end, 0x10000U); ++c) bmp[c] = cls;
      if (end > 0x10000) {
        starts.push_back(std::max(cp, 0x10000U));
        classes.push_back(cls);
      }
      cp = end;
    }
  }
};

const Classes& tables() {
  static const Classes t;
  return t;
}

// Classes whose code points may share a cluster with a neighbour (CR: with LF after it).
constexpr uint32_t kJoining =
    ~((1U << static_cast<int>(C::kOther)) | (1U << static_cast<int>(C::kControl)) |
      (1U << static_cast<int>(C::kLF)) | (1U << static_cast<int>(C::kLV)) |
      (1U << static_cast<int>(C::kLVT)) | (1U << static_cast<int>(C::kExtendedPictographic)));
constexpr uint32_t kLinkerBit = 1U << static_cast<int>(C::kLinker);

GraphemeNeed need_of(uint32_t seen) {
  if ((seen & kLinkerBit) != 0) return GraphemeNeed::kLinker;
  return (seen & kJoining) != 0 ? GraphemeNeed::kSegment : GraphemeNeed::kNone;
}

template <typename T>
GraphemeNeed need_in(std::span<const T> text) {
  const Classes& t = tables();
  uint32_t seen = 0;
  for (const T x : text) {
    const uint32_t cp = x;
    seen |= 1U << (cp < 0x10000 ? t.bmp[cp] : static_cast<uint8_t>(grapheme_class(cp)));
  }
  return need_of(seen);
}

bool is_control(C c) { return c == C::kControl || c == C::kCR || c == C::kLF; }

// UAX #29's rules GB3-GB13 between `prev` and `cur`; `ri` counts the regional indicators
// ending at prev, `emoji` is 2 after ExtPict Extend* ZWJ.
bool joins(C prev, C cur, uint32_t ri, int emoji) {
  if (prev == C::kCR && cur == C::kLF) return true;       // GB3
  if (is_control(prev) || is_control(cur)) return false;  // GB4, GB5
  if (prev == C::kL && (cur == C::kL || cur == C::kV || cur == C::kLV || cur == C::kLVT))  // GB6
    return true;
  if ((prev == C::kLV || prev == C::kV) && (cur == C::kV || cur == C::kT)) return true;  // GB7
  if ((prev == C::kLVT || prev == C::kT) && cur == C::kT) return true;                   // GB8
  if (cur == C::kExtend || cur == C::kZwj || cur == C::kLinker) return true;             // GB9
  if (cur == C::kSpacingMark) return true;                                               // GB9a
  if (prev == C::kPrepend) return true;                                                  // GB9b
  if (prev == C::kZwj && cur == C::kExtendedPictographic) return emoji == 2;             // GB11
  if (prev == C::kRegionalIndicator && cur == C::kRegionalIndicator)                     // GB12/13
    return ri % 2 == 1;
  return false;  // GB999
}
}  // namespace

GraphemeClass grapheme_class(uint32_t cp) {
  const Classes& t = tables();
  if (cp < 0x10000) return static_cast<C>(t.bmp[cp]);
  if (cp > 0x10FFFF) return C::kOther;
  const auto it = std::upper_bound(t.starts.begin(), t.starts.end(), cp);
  return static_cast<C>(t.classes[static_cast<size_t>(it - t.starts.begin()) - 1]);
}

GraphemeNeed grapheme_need(std::span<const uint32_t> code_points) { return need_in(code_points); }
GraphemeNeed grapheme_need(std::span<const uint16_t> bmp_units) { return need_in(bmp_units); }

void grapheme_ends(std::span<const uint32_t> code_points, std::vector<uint32_t>& ends) {
  if (code_points.empty()) return;
  C prev = grapheme_class(code_points[0]);
  uint32_t ri = prev == C::kRegionalIndicator ? 1 : 0;
  int emoji = prev == C::kExtendedPictographic ? 1 : 0;
  for (size_t i = 1; i < code_points.size(); ++i) {
    const C cur = grapheme_class(code_points[i]);
    if (!joins(prev, cur, ri, emoji)) ends.push_back(static_cast<uint32_t>(i));
    ri = cur == C::kRegionalIndicator ? ri + 1 : 0;
    // 1 after ExtPict Extend*, 2 after ExtPict Extend* ZWJ, else 0.
    const bool extend = cur == C::kExtend || cur == C::kLinker;
    if (cur == C::kExtendedPictographic || (emoji == 1 && extend)) {
      emoji = 1;
    } else {
      emoji = emoji == 1 && cur == C::kZwj ? 2 : 0;
    }
    prev = cur;
  }
  ends.push_back(static_cast<uint32_t>(code_points.size()));
}

void GraphemeIds::append(std::span<const uint32_t> code_points, std::vector<uint32_t>& out) {
  ends_.clear();
  grapheme_ends(code_points, ends_);
  uint32_t start = 0;
  for (const uint32_t end : ends_) {
    if (end - start == 1) {
      out.push_back(code_points[start]);
    } else {
      std::u32string key(code_points.begin() + start, code_points.begin() + end);
      const auto next = static_cast<uint32_t>(0x110000 + ids_.size());
      out.push_back(ids_.try_emplace(std::move(key), next).first->second);
    }
    start = end;
  }
}

}  // namespace simkit
