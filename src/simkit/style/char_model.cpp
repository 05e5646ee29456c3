// SPDX-License-Identifier: MIT
#include "simkit/style/char_model.h"

#include <algorithm>
#include <bit>
#include <cmath>

#include "simkit/math/elementary.h"

namespace simkit {

namespace {

// Keys: bit 63 set (never 0), bits 56-59 the order k, bit 55 set for a (context, symbol) entry;
// the low bits the k context bytes (and the symbol below them). k <= 5 keeps it in 48 bits.
constexpr uint64_t kUsed = 1ULL << 63;
constexpr uint64_t kSymbol = 1ULL << 55;
uint64_t context_key(uint32_t k, uint64_t context) { return kUsed | (uint64_t{k} << 56) | context; }
uint64_t symbol_key(uint32_t k, uint64_t context, uint8_t c) {
  return kUsed | kSymbol | (uint64_t{k} << 56) | (context << 8) | c;
}

size_t home(uint64_t key, uint32_t shift) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift);
}

}  // namespace

void CharModel::reset(uint32_t order) {
  order_ = std::clamp<uint32_t>(order, 1, kMaxCharModelOrder);
  table_.assign(1U << 12, Entry{0, 0, 0});
  shift_ = 64 - 12;
  used_ = 0;
  history_ = 0;
  seen_ = 0;
}

const CharModel::Entry* CharModel::find(uint64_t key) const {
  const size_t mask = table_.size() - 1;
  for (size_t i = home(key, shift_);; i = (i + 1) & mask) {
    if (table_[i].key == key) return &table_[i];
    if (table_[i].key == 0) return nullptr;
  }
}

CharModel::Entry& CharModel::slot(uint64_t key) {
  if ((used_ + 1) * 2 > table_.size()) grow();
  const size_t mask = table_.size() - 1;
  size_t i = home(key, shift_);
  while (table_[i].key != key && table_[i].key != 0) i = (i + 1) & mask;
  if (table_[i].key == 0) {
    table_[i].key = key;
    ++used_;
  }
  return table_[i];
}

void CharModel::grow() {
  std::vector<Entry> old(table_.size() * 2, Entry{0, 0, 0});
  old.swap(table_);
  shift_ = 64 - static_cast<uint32_t>(std::countr_zero(table_.size()));
  const size_t mask = table_.size() - 1;
  for (const Entry& e : old) {
    if (e.key == 0) continue;
    size_t i = home(e.key, shift_);
    while (table_[i].key != 0) i = (i + 1) & mask;
    table_[i] = e;
  }
}

double CharModel::code(std::string_view text, bool update, bool measure) {
  // Without adaptation the model must not change: remember the history to restore it.
  const uint64_t saved_history = history_;
  const uint32_t saved_seen = seen_;
  double bits = 0;
  for (const char ch : text) {
    const auto c = static_cast<uint8_t>(ch);
    const uint32_t top = std::min(seen_, order_);
    if (measure) {
      // Witten-Bell, from order 0 up: p_k = (C(h c) + T(h) p_{k-1}) / (C(h) + T(h)).
      double p = 1.0 / 256.0;
      for (uint32_t k = 0; k <= top; ++k) {
        const uint64_t h = k == 0 ? 0 : history_ & ((1ULL << (8 * k)) - 1);
        const Entry* ctx = find(context_key(k, h));
        if (ctx == nullptr || ctx->count == 0) continue;
        const Entry* sym = find(symbol_key(k, h, c));
        const double n = sym == nullptr ? 0.0 : sym->count;
        p = (n + ctx->types * p) / (ctx->count + ctx->types);
      }
      bits -= math::log2(p);
    }
    if (update) {
      for (uint32_t k = 0; k <= top; ++k) {
        const uint64_t h = k == 0 ? 0 : history_ & ((1ULL << (8 * k)) - 1);
        Entry& sym = slot(symbol_key(k, h, c));
        const bool fresh = sym.count++ == 0;
        Entry& ctx = slot(context_key(k, h));  // after sym: slot() may grow the table
        ++ctx.count;
        if (fresh) ++ctx.types;
      }
    }
    history_ = (history_ << 8) | c;
    seen_ = std::min(seen_ + 1, order_);
  }
  if (!update) {
    history_ = saved_history;
    seen_ = saved_seen;
  }
  return text.empty() ? 0.0 : bits / static_cast<double>(text.size());
}

}  // namespace simkit
