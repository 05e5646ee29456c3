// SPDX-License-Identifier: MIT
#include "simkit/text/normalize.h"

#include "simkit/text/unicode.h"
#include "simkit/text/utf8.h"

namespace simkit {

bool is_unicode_space(char32_t cp) {
  if (cp <= 0x20) return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

namespace {

bool is_ascii_space(unsigned char c) { return c == 0x20 || (c >= 0x09 && c <= 0x0D); }

unicode::DecomposeOptions decompose_options(const NormalizeOptions& o) {
  unicode::DecomposeOptions d;
  // Stripping marks needs a decomposition step; composing afterwards keeps the base letters
  // composed.
  d.decompose = o.form != NormalForm::kNone || o.strip_diacritics;
  d.compat = o.form == NormalForm::kNfkc;
  d.case_fold = o.case_fold;
  d.strip_marks = o.strip_diacritics;
  return d;
}

int combining_class(char32_t cp) { return unicode::combining_class(cp); }

// Canonical ordering (Unicode 3.11): a stable sort of each run of marks by combining class.
// unicode::decompose leaves this to its caller; a sequence has only a handful of marks.
void canonical_order(std::vector<char32_t>& cps) {
  for (size_t i = 1; i < cps.size(); ++i) {
    const char32_t cp = cps[i];
    const int cc = combining_class(cp);
    if (cc == 0) continue;
    size_t j = i;
    while (j > 0 && combining_class(cps[j - 1]) > cc) {
      cps[j] = cps[j - 1];
      --j;
    }
    cps[j] = cp;
  }
}

bool transforms(const NormalizeOptions& o) {
  return o.form != NormalForm::kNone || o.case_fold || o.strip_diacritics;
}

// Appends output bytes that all map to one source span, collapsing white space when asked.
class Emitter {
 public:
  Emitter(NormalizedText& out, bool collapse, bool with_map)
      : out_(out), collapse_(collapse), with_map_(with_map) {}

  void code_point(char32_t cp, uint32_t src_begin, uint32_t src_end) {
    if (collapse_ && is_unicode_space(cp)) {
      if (!pending_space_) pending_begin_ = src_begin;
      pending_space_ = true;
      pending_end_ = src_end;
      return;
    }
    flush_space();
    const size_t before = out_.text.size();
    append_utf8(out_.text, cp);
    push_map(out_.text.size() - before, src_begin, src_end);
  }

  /// A run of ASCII bytes when no source map is kept: one resize, then plain stores.
  void ascii_run(const unsigned char* p, size_t len, bool fold) {
    std::string& t = out_.text;
    const size_t old = t.size();
    t.resize(old + len + 1);  // + a pending space carried in from before the run
    char* w = t.data() + old;
    for (size_t i = 0; i < len; ++i) {
      unsigned char c = p[i];
      if (collapse_ && is_ascii_space(c)) {
        pending_space_ = true;
        continue;
      }
      if (pending_space_) {
        pending_space_ = false;
        if (w != t.data()) *w++ = ' ';
      }
      if (fold && c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      *w++ = static_cast<char>(c);
    }
    t.resize(static_cast<size_t>(w - t.data()));
  }

  void ascii(unsigned char c, uint32_t src) {
    if (collapse_ && is_ascii_space(c)) {
      if (!pending_space_) pending_begin_ = src;
      pending_space_ = true;
      pending_end_ = src + 1;
      return;
    }
    flush_space();
    out_.text.push_back(static_cast<char>(c));
    if (!with_map_) return;
    out_.source_begin.push_back(src);
    out_.source_end.push_back(src + 1);
  }

 private:
  // A run of spaces becomes one ' ' only when something follows it and something precedes it.
  void flush_space() {
    if (!pending_space_) return;
    pending_space_ = false;
    if (out_.text.empty()) return;
    out_.text.push_back(' ');
    if (!with_map_) return;
    out_.source_begin.push_back(pending_begin_);
    out_.source_end.push_back(pending_end_);
  }
  void push_map(size_t bytes, uint32_t b, uint32_t e) {
    if (!with_map_) return;
    for (size_t i = 0; i < bytes; ++i) {
      out_.source_begin.push_back(b);
      out_.source_end.push_back(e);
    }
  }

  NormalizedText& out_;
  bool collapse_;
  bool with_map_;
  bool pending_space_ = false;
  uint32_t pending_begin_ = 0;
  uint32_t pending_end_ = 0;
};

}  // namespace

Status Normalizer::normalize(std::string_view input, const NormalizeOptions& options,
                             NormalizedText& out, std::string_view param, bool with_map) {
  out.clear();
  out.text.reserve(input.size());
  if (with_map) {
    out.source_begin.reserve(input.size());
    out.source_end.reserve(input.size());
  }
  const auto* s = reinterpret_cast<const unsigned char*>(input.data());
  const size_t n = input.size();
  const bool transform = transforms(options);
  const unicode::DecomposeOptions decompose = decompose_options(options);
  Emitter emit(out, options.collapse_whitespace, with_map);

  size_t pos = 0;
  uint32_t utf16 = 0;
  while (pos < n) {
    // ASCII fast path: an ASCII character not followed by a combining mark maps to itself
    // (or its lower case): no table lookups.
    if (!with_map && s[pos] < 0x80) {
      // The run ends before the last ASCII byte that a non-ASCII byte (maybe a mark) follows.
      size_t end = pos;
      while (end < n && s[end] < 0x80) ++end;
      if (end < n) --end;
      if (end > pos) {
        emit.ascii_run(s + pos, end - pos, options.case_fold);
        utf16 += static_cast<uint32_t>(end - pos);
        pos = end;
        continue;
      }
    }
    if (s[pos] < 0x80 && (pos + 1 == n || s[pos + 1] < 0x80)) {
      unsigned char c = s[pos];
      if (options.case_fold && c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      emit.ascii(c, utf16);
      ++pos;
      ++utf16;
      continue;
    }
    // General path: one combining character sequence (a starter plus the marks after it).
    const uint32_t seq_utf16_begin = utf16;
    code_points_.clear();
    bool first = true;
    while (pos < n) {
      DecodedChar c = decode_utf8(input, pos);
      if (!c.valid) {
        if (!options.replace_invalid) {
          return {ErrorCode::kInvalidUtf8,
                  std::string(param) + " is not valid UTF-8 (first invalid byte at offset " +
                      std::to_string(pos) + ")"};
        }
        c.code_point = kReplacementChar;
      }
      if (!first && unicode::combining_class(c.code_point) == 0) break;
      first = false;
      code_points_.push_back(c.code_point);
      pos += c.length;
      // Invalid bytes were replaced by one U+FFFD per maximal subpart, as TextDecoder does.
      utf16 += utf16_length(c.code_point);
    }
    if (transform) {
      // Decompose each code point (with case folding) into the scratch buffer, then compose.
      std::vector<char32_t>& buf = scratch_;
      buf.clear();
      for (const char32_t cp : code_points_) {
        char32_t tmp[unicode::kMaxDecomposition];
        const size_t k = unicode::decompose(cp, decompose, tmp);
        buf.insert(buf.end(), tmp, tmp + k);
      }
      canonical_order(buf);
      size_t len = buf.size();
      if (decompose.decompose) len = unicode::compose(buf.data(), len);
      for (size_t i = 0; i < len; ++i) emit.code_point(buf[i], seq_utf16_begin, utf16);
    } else {
      for (const char32_t cp : code_points_) emit.code_point(cp, seq_utf16_begin, utf16);
    }
  }
  out.source_utf16_length = utf16;
  return Status::ok();
}

}  // namespace simkit
