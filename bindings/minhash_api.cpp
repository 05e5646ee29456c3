// SPDX-License-Identifier: MIT
#include "minhash_api.h"

#include <string>

#include "arena.h"
#include "batch.h"
#include "persist.h"
#include "simkit/index/lsh_bands.h"
#include "simkit/index/lsh_params.h"
#include "simkit/io/bytes.h"
#include "simkit/protocol.h"
#include "text_api.h"

namespace simkit::api {

namespace {
MinHasher g_hasher;
bool g_hasher_ready = false;
Shingles g_shingles;

Status configure_hasher(const MinHashOptions& o) {
  const MinHashOptions& c = g_hasher.options();
  if (g_hasher_ready && c.num_perm == o.num_perm && c.seed == o.seed && c.scheme == o.scheme)
    return Status::ok();  // permutation tables are reused across calls
  g_hasher_ready = false;
  SIMKIT_RETURN_IF_ERROR(g_hasher.configure(o));
  g_hasher_ready = true;
  return Status::ok();
}

Status arena_signatures(uint32_t offset, uint64_t count, uint32_t num_perm, const uint32_t*& out) {
  if (count * num_perm > 0xFFFFFFFFULL ||
      !arena_u32(offset, static_cast<uint32_t>(count * num_perm), out))
    return invalid_argument("signatures lie outside the input arena (internal error)");
  return Status::ok();
}

constexpr std::string_view kSignatureMagic = "SKSG";
constexpr uint16_t kSignatureVersion = 1;
}  // namespace

int32_t minhash_sign_batch(uint32_t bytes_offset, uint32_t bytes_length, uint32_t ends_offset,
                           uint32_t count, uint32_t norm_flags, uint32_t unit, uint32_t size,
                           uint32_t shingle_seed_lo, uint32_t shingle_seed_hi, uint32_t num_perm,
                           uint32_t seed_lo, uint32_t seed_hi, uint32_t scheme) {
  Results& r = begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(check_normalize_flags(norm_flags));
  MinHashOptions mo;
  mo.num_perm = num_perm;
  mo.seed = join_u64(seed_lo, seed_hi);
  static_assert(kMinHashSchemeNames[static_cast<size_t>(MinHashScheme::kClassic)] == "classic" &&
                kMinHashSchemeNames[static_cast<size_t>(MinHashScheme::kOnePermutation)] == "oph");
  mo.scheme = static_cast<MinHashScheme>(scheme);
  SIMKIT_RETURN_IF_ERROR_CODE(configure_hasher(mo));
  const ShingleOptions so =
      unpack_shingle(norm_flags, unit, size, shingle_seed_lo, shingle_seed_hi);
  SIMKIT_RETURN_IF_ERROR_CODE(validate_shingle_options(so));
  if (uint64_t{count} * num_perm > (uint64_t{1} << 29))
    return report({ErrorCode::kOutOfMemory, "too many signatures for one call; sign in batches"});
  r.u32.resize(size_t{count} * num_perm);
  Shingler& shingler = shared_shingler();
  const Status s = each_text(
      bytes_offset, bytes_length, ends_offset, count,
      [&](uint32_t i, std::string_view text) {
        SIMKIT_RETURN_IF_ERROR(
            shingler.shingle(text, so, g_shingles, false, "texts[" + std::to_string(i) + "]"));
        g_hasher.sign(g_shingles.hashes.data(), g_shingles.hashes.size(),
                      &r.u32[size_t{i} * num_perm]);
        return Status::ok();
      },
      "texts");
  if (!s.is_ok()) r.u32.clear();
  return report(s);
}

int32_t lsh_optimal_params(double threshold, uint32_t num_perm, double fp_weight,
                           double fn_weight) {
  Results& r = begin_call();
  LshParams p;
  SIMKIT_RETURN_IF_ERROR_CODE(optimal_lsh_params(threshold, num_perm, fp_weight, fn_weight, p));
  r.f64 = {static_cast<double>(p.bands), static_cast<double>(p.rows), p.false_positive_area,
           p.false_negative_area};
  return 0;
}

int32_t lsh_param_areas(double threshold, uint32_t bands, uint32_t rows) {
  Results& r = begin_call();
  if (!(threshold > 0.0 && threshold < 1.0))
    return report(invalid_argument("threshold must be a number in (0, 1)"));
  const LshParams p = lsh_areas(threshold, bands, rows);
  r.f64 = {p.false_positive_area, p.false_negative_area};
  return 0;
}

int32_t minhash_serialize(uint32_t offset, uint32_t count, uint32_t num_perm,
                          uint32_t options_offset) {
  Results& r = begin_call();
  const uint32_t* sigs = nullptr;
  const uint32_t* options = nullptr;
  SIMKIT_RETURN_IF_ERROR_CODE(arena_signatures(offset, count, num_perm, sigs));
  if (!arena_u32(options_offset, 8, options))
    return report(invalid_argument("options (internal error)"));
  ByteWriter w;
  w.u32(num_perm);
  w.u32(count);
  for (int i = 0; i < 8; ++i) w.u32(options[i]);
  for (size_t i = 0; i < size_t{count} * num_perm; ++i) w.u32(sigs[i]);
  r.bytes = seal(kSignatureMagic, kSignatureVersion, w.data());
  return 0;
}

int32_t minhash_deserialize(uint32_t offset, uint32_t length) {
  Results& r = begin_call();
  std::string_view bytes;
  SIMKIT_RETURN_IF_ERROR_CODE(input_text(offset, length, "bytes", bytes));
  std::string_view payload;
  uint16_t version = 0;
  SIMKIT_RETURN_IF_ERROR_CODE(unseal(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(),
                                     kSignatureMagic, kSignatureVersion, "signature file", payload,
                                     version));
  ByteReader rd(reinterpret_cast<const uint8_t*>(payload.data()), payload.size());
  uint32_t num_perm = 0;
  uint32_t count = 0;
  rd.u32(num_perm);
  rd.u32(count);
  if (!rd.ok() || num_perm < 1 || num_perm > kMaxNumPerm ||
      rd.remaining() != 32 + uint64_t{count} * num_perm * 4)
    return report(corrupt_data("corrupt signature file: sizes do not match"));
  r.u32.resize(10 + size_t{count} * num_perm);
  r.u32[0] = num_perm;
  r.u32[1] = count;
  for (size_t i = 2; i < r.u32.size(); ++i) rd.u32(r.u32[i]);
  return 0;
}

int32_t lsh_candidate_probability(double s, uint32_t bands, uint32_t rows) {
  Results& r = begin_call();
  if (!(s >= 0.0 && s <= 1.0)) return report(invalid_argument("s must be a number in [0, 1]"));
  if (bands < 1 || rows < 1 || bands > kMaxNumPerm || rows > kMaxNumPerm)
    return report(invalid_argument("bands and rows must be integers in [1, " +
                                   std::to_string(kMaxNumPerm) + "]"));
  r.f64 = {simkit::lsh_candidate_probability(s, bands, rows)};
  return 0;
}

int32_t lsh_band_keys(uint32_t signatures_offset, uint32_t count, uint32_t num_perm, uint32_t bands,
                      uint32_t rows) {
  Results& r = begin_call();
  SIMKIT_RETURN_IF_ERROR_CODE(check_lsh_shape(num_perm, bands, rows));
  const uint32_t* sigs = nullptr;
  SIMKIT_RETURN_IF_ERROR_CODE(arena_signatures(signatures_offset, count, num_perm, sigs));
  std::vector<uint64_t> keys;
  SIMKIT_RETURN_IF_ERROR_CODE(::simkit::lsh_band_keys(sigs, count, num_perm, bands, rows, keys));
  r.u32.reserve(keys.size() * 2);
  for (const uint64_t k : keys) push_u64(r.u32, k);
  return 0;
}

int32_t NativeLshIndex::configure(uint32_t num_perm, uint32_t bands, uint32_t rows) {
  begin_call();
  return report(index_.configure(num_perm, bands, rows));
}

int32_t NativeLshIndex::insert_batch(uint32_t ids_offset, uint32_t signatures_offset,
                                     uint32_t count) {
  begin_call();
  const uint32_t* ids = nullptr;
  const uint32_t* sigs = nullptr;
  if (!arena_u32(ids_offset, count, ids)) return report(invalid_argument("ids (internal error)"));
  SIMKIT_RETURN_IF_ERROR_CODE(arena_signatures(signatures_offset, count, index_.num_perm(), sigs));
  for (uint32_t i = 0; i < count; ++i) index_.insert(ids[i], sigs + size_t{i} * index_.num_perm());
  return 0;
}

int32_t NativeLshIndex::remove(uint32_t id) {
  begin_call();
  return index_.remove(id) ? 0 : report({ErrorCode::kNotFound, "no document with that key"});
}

int32_t NativeLshIndex::query(uint32_t signature_offset, double min_estimate, uint32_t limit,
                              uint32_t exclude) {
  Results& r = begin_call();
  const uint32_t* sig = nullptr;
  SIMKIT_RETURN_IF_ERROR_CODE(arena_signatures(signature_offset, 1, index_.num_perm(), sig));
  index_.query(sig, min_estimate, limit, exclude, hits_);
  for (const LshCandidate& c : hits_) {
    r.u32.push_back(c.id);
    r.f64.push_back(c.estimate);
  }
  return 0;
}

int32_t NativeLshIndex::clusters(double min_estimate) {
  Results& r = begin_call();
  index_.clusters(min_estimate, clusters_);
  for (const auto& c : clusters_) {
    r.u32.push_back(static_cast<uint32_t>(c.size()));
    r.u32.insert(r.u32.end(), c.begin(), c.end());
  }
  return 0;
}

int32_t NativeLshIndex::parameters() {
  Results& r = begin_call();
  r.u32 = {index_.num_perm(), index_.bands(), index_.rows()};
  return 0;
}

int32_t NativeLshIndex::save(uint32_t user_offset, uint32_t user_length) {
  return save_index(index_, user_offset, user_length);
}

int32_t NativeLshIndex::load(uint32_t offset, uint32_t length) {
  return load_index(index_, offset, length);
}

}  // namespace simkit::api
