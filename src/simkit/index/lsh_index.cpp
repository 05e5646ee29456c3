// SPDX-License-Identifier: MIT
#include "simkit/index/lsh_index.h"

#include <algorithm>

#include "simkit/index/lsh_bands.h"
#include "simkit/io/bytes.h"
#include "simkit/set/components.h"
#include "simkit/sketch/minhash.h"

namespace simkit {

Status LshIndex::configure(uint32_t num_perm, uint32_t bands, uint32_t rows) {
  SIMKIT_RETURN_IF_ERROR(check_lsh_shape(num_perm, bands, rows));
  *this = LshIndex();
  num_perm_ = num_perm;
  bands_ = bands;
  rows_ = rows;
  heads_.resize(bands);
  next_.resize(bands);
  return Status::ok();
}

void LshIndex::link(uint32_t slot) {
  const uint32_t* sig = &signatures_[size_t{slot} * num_perm_];
  for (uint32_t b = 0; b < bands_; ++b) {
    auto [it, fresh] = heads_[b].try_emplace(lsh_band_key(sig, b, rows_), slot);
    next_[b][slot] = fresh ? kNone : it->second;
    it->second = slot;
  }
}

void LshIndex::unlink(uint32_t slot) {
  const uint32_t* sig = &signatures_[size_t{slot} * num_perm_];
  for (uint32_t b = 0; b < bands_; ++b) {
    auto it = heads_[b].find(lsh_band_key(sig, b, rows_));
    if (it == heads_[b].end()) continue;
    if (it->second == slot) {
      if (next_[b][slot] == kNone) {
        heads_[b].erase(it);
      } else {
        it->second = next_[b][slot];
      }
      continue;
    }
    for (uint32_t s = it->second; s != kNone; s = next_[b][s]) {
      if (next_[b][s] == slot) {
        next_[b][s] = next_[b][slot];
        break;
      }
    }
  }
}

void LshIndex::insert(uint32_t id, const uint32_t* signature) {
  remove(id);
  uint32_t slot;
  if (!free_slots_.empty()) {
    slot = free_slots_.back();
    free_slots_.pop_back();
  } else {
    slot = static_cast<uint32_t>(ids_.size());
    ids_.push_back(kNone);
    signatures_.resize(signatures_.size() + num_perm_);
    for (auto& n : next_) n.push_back(kNone);
    seen_.push_back(0);
  }
  std::copy_n(signature, num_perm_, &signatures_[size_t{slot} * num_perm_]);
  ids_[slot] = id;
  slot_of_[id] = slot;
  link(slot);
}

bool LshIndex::remove(uint32_t id) {
  auto it = slot_of_.find(id);
  if (it == slot_of_.end()) return false;
  const uint32_t slot = it->second;
  unlink(slot);
  ids_[slot] = kNone;
  free_slots_.push_back(slot);
  slot_of_.erase(it);
  return true;
}

void LshIndex::query(const uint32_t* signature, double min_estimate, uint32_t limit,
                     uint32_t exclude, std::vector<LshCandidate>& out) {
  out.clear();
  if (++stamp_ == 0) {  // wrapped: reset the stamps once every 4 billion queries
    std::fill(seen_.begin(), seen_.end(), 0);
    stamp_ = 1;
  }
  for (uint32_t b = 0; b < bands_; ++b) {
    auto it = heads_[b].find(lsh_band_key(signature, b, rows_));
    if (it == heads_[b].end()) continue;
    for (uint32_t s = it->second; s != kNone; s = next_[b][s]) {
      if (seen_[s] == stamp_) continue;
      seen_[s] = stamp_;
      if (ids_[s] == exclude) continue;
      const double e = estimate_jaccard(signature, &signatures_[size_t{s} * num_perm_], num_perm_);
      if (e >= min_estimate) out.push_back({ids_[s], e});
    }
  }
  std::sort(out.begin(), out.end(), [](const LshCandidate& x, const LshCandidate& y) {
    return x.estimate != y.estimate ? x.estimate > y.estimate : x.id < y.id;
  });
  if (limit != 0 && out.size() > limit) out.resize(limit);
}

void LshIndex::clusters(double min_estimate, std::vector<std::vector<uint32_t>>& out) {
  out.clear();
  Components slots(static_cast<uint32_t>(ids_.size()));
  std::vector<uint32_t> bucket;
  for (uint32_t b = 0; b < bands_; ++b) {
    for (const auto& [key, head] : heads_[b]) {
      if (next_[b][head] == kNone) continue;  // a bucket of one
      bucket.clear();
      for (uint32_t s = head; s != kNone; s = next_[b][s]) bucket.push_back(s);
      for (size_t i = 0; i < bucket.size(); ++i) {
        for (size_t j = i + 1; j < bucket.size(); ++j) {
          // Already connected: skip the estimate.
          if (slots.find(bucket[i]) == slots.find(bucket[j])) continue;
          const double e = estimate_jaccard(&signatures_[size_t{bucket[i]} * num_perm_],
                                            &signatures_[size_t{bucket[j]} * num_perm_], num_perm_);
          if (e >= min_estimate) slots.join(bucket[i], bucket[j]);
        }
      }
    }
  }
  // Free slots are never in a bucket, so every group of two or more holds documents only.
  slots.groups(out);
  for (auto& members : out) {
    for (uint32_t& s : members) s = ids_[s];
    std::sort(members.begin(), members.end());
  }
  std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x[0] < y[0]; });
}

size_t LshIndex::memory_bytes() const {
  size_t bytes = signatures_.capacity() * 4 + ids_.capacity() * 4 + seen_.capacity() * 4 +
                 free_slots_.capacity() * 4 + slot_of_.size() * 24 + slot_of_.bucket_count() * 8;
  for (uint32_t b = 0; b < bands_; ++b)
    bytes += heads_[b].size() * 32 + heads_[b].bucket_count() * 8 + next_[b].capacity() * 4;
  return bytes;
}

namespace {
constexpr std::string_view kLshMagic = "SKLS";
constexpr uint16_t kLshVersion = 1;
}  // namespace

std::vector<uint8_t> LshIndex::save(std::string_view user_data) const {
  ByteWriter w;
  w.u32(num_perm_);
  w.u32(bands_);
  w.u32(rows_);
  std::vector<std::pair<uint32_t, uint32_t>> order;  // (id, slot), by id: canonical bytes
  order.reserve(slot_of_.size());
  for (const auto& [id, slot] : slot_of_) order.emplace_back(id, slot);
  std::sort(order.begin(), order.end());
  w.u32(static_cast<uint32_t>(order.size()));
  for (const auto& [id, slot] : order) {
    w.u32(id);
    for (uint32_t i = 0; i < num_perm_; ++i) w.u32(signatures_[size_t{slot} * num_perm_ + i]);
  }
  w.u64(user_data.size());
  w.bytes(user_data.data(), user_data.size());
  return seal(kLshMagic, kLshVersion, w.data());
}

Status LshIndex::load(const uint8_t* data, size_t size, std::string& user_data) {
  std::string_view payload;
  uint16_t version = 0;
  SIMKIT_RETURN_IF_ERROR(unseal(data, size, kLshMagic, kLshVersion, "LSH index", payload, version));
  ByteReader r(reinterpret_cast<const uint8_t*>(payload.data()), payload.size());
  uint32_t num_perm = 0;
  uint32_t bands = 0;
  uint32_t rows = 0;
  uint32_t count = 0;
  r.u32(num_perm);
  r.u32(bands);
  r.u32(rows);
  LshIndex fresh;
  if (!r.ok() || !fresh.configure(num_perm, bands, rows).is_ok())
    return corrupt_data("corrupt LSH index: bad parameters");
  if (!r.u32(count) || count > r.remaining() / (4 + uint64_t{num_perm} * 4))
    return corrupt_data("corrupt LSH index: bad document count");
  std::vector<uint32_t> sig(num_perm);
  uint32_t previous = 0;
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t id = 0;
    r.u32(id);
    for (auto& v : sig) r.u32(v);
    if (!r.ok() || (i > 0 && id <= previous))
      return corrupt_data("corrupt LSH index: bad document");
    previous = id;
    fresh.insert(id, sig.data());
  }
  uint64_t user_size = 0;
  std::string_view user;
  if (!r.u64(user_size) || !r.bytes(user_size, user) || r.remaining() != 0)
    return corrupt_data("corrupt LSH index: bad user section");
  *this = std::move(fresh);
  user_data.assign(user);
  return Status::ok();
}

}  // namespace simkit
