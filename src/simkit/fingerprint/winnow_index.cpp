// SPDX-License-Identifier: MIT
#include "simkit/fingerprint/winnow_index.h"

#include <algorithm>

#include "simkit/io/bytes.h"

namespace simkit {

Status WinnowIndex::configure(const FingerprintOptions& options, uint32_t max_document_frequency) {
  SIMKIT_RETURN_IF_ERROR(validate_fingerprint_options(options));
  options_ = options;
  max_document_frequency_ = max_document_frequency;
  documents_.clear();
  postings_.clear();
  template_.clear();
  return Status::ok();
}

Status WinnowIndex::fingerprints_of(std::string_view text, std::vector<uint64_t>& out,
                                    std::string_view param) {
  SIMKIT_RETURN_IF_ERROR(fingerprinter_.kgrams(text, options_, kgrams_, param));
  winnow(kgrams_.hashes, options_.window, selected_);
  out.clear();
  out.reserve(selected_.size());
  for (const uint32_t p : selected_) out.push_back(kgrams_.hashes[p]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return Status::ok();
}

Status WinnowIndex::add(uint32_t id, std::string_view text, DocumentRole role,
                        std::string_view param) {
  if (id == kQueryId) return invalid_argument("document id is reserved");
  Document doc;
  doc.role = role;
  SIMKIT_RETURN_IF_ERROR(fingerprints_of(text, doc.fingerprints, param));
  remove(id);
  for (const uint64_t h : doc.fingerprints) postings_[h].push_back(id);
  documents_.emplace(id, std::move(doc));
  return Status::ok();
}

bool WinnowIndex::remove(uint32_t id) {
  auto it = documents_.find(id);
  if (it == documents_.end()) return false;
  for (const uint64_t h : it->second.fingerprints) {
    auto p = postings_.find(h);
    if (p == postings_.end()) continue;
    auto& ids = p->second;
    ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
    if (ids.empty()) postings_.erase(p);
  }
  documents_.erase(it);
  return true;
}

Status WinnowIndex::set_template(std::string_view text) {
  // Every k-gram of the template, not only its winnowed ones: a document containing the
  // template selects different k-grams of it, depending on what surrounds it.
  SIMKIT_RETURN_IF_ERROR(fingerprinter_.kgrams(text, options_, kgrams_, "template"));
  template_.clear();
  template_.insert(kgrams_.hashes.begin(), kgrams_.hashes.end());
  return Status::ok();
}

bool WinnowIndex::counted(uint64_t hash) const {
  if (template_.count(hash) != 0) return false;
  if (max_document_frequency_ == 0) return true;
  auto p = postings_.find(hash);
  return p == postings_.end() || p->second.size() <= max_document_frequency_;
}

uint32_t WinnowIndex::counted_size(const Document& d) const {
  uint32_t n = 0;
  for (const uint64_t h : d.fingerprints) n += counted(h) ? 1U : 0U;
  return n;
}

void WinnowIndex::rank(double min_similarity, uint32_t limit, std::vector<FingerprintPair>& out) {
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const FingerprintPair& p) { return p.similarity < min_similarity; }),
            out.end());
  std::sort(out.begin(), out.end(), [](const FingerprintPair& x, const FingerprintPair& y) {
    if (x.similarity != y.similarity) return x.similarity > y.similarity;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  if (limit != 0 && out.size() > limit) out.resize(limit);
}

void WinnowIndex::pairs(double min_similarity, uint32_t limit,
                        std::vector<FingerprintPair>& out) const {
  out.clear();
  std::unordered_map<uint64_t, uint32_t> shared;
  for (const auto& [hash, ids] : postings_) {
    if (ids.size() < 2 || !counted(hash)) continue;
    for (size_t x = 0; x < ids.size(); ++x) {
      for (size_t y = x + 1; y < ids.size(); ++y) {
        uint32_t a = std::min(ids[x], ids[y]);
        uint32_t b = std::max(ids[x], ids[y]);
        if (documents_.at(a).role == DocumentRole::kReference &&
            documents_.at(b).role == DocumentRole::kReference)
          continue;
        ++shared[(uint64_t{a} << 32) | b];
      }
    }
  }
  std::unordered_map<uint32_t, uint32_t> sizes;
  for (const auto& [id, doc] : documents_) sizes[id] = counted_size(doc);
  out.reserve(shared.size());
  for (const auto& [key, n] : shared) {
    const auto a = static_cast<uint32_t>(key >> 32);
    const auto b = static_cast<uint32_t>(key);
    const double sa = sizes[a];
    const double sb = sizes[b];
    out.push_back({a, b, n, 2.0 * n / (sa + sb), n / sa, n / sb});
  }
  rank(min_similarity, limit, out);
}

Status WinnowIndex::query(std::string_view text, double min_similarity, uint32_t limit,
                          std::vector<FingerprintPair>& out) {
  out.clear();
  std::vector<uint64_t> fps;
  SIMKIT_RETURN_IF_ERROR(fingerprints_of(text, fps, "text"));
  uint32_t query_size = 0;
  std::unordered_map<uint32_t, uint32_t> shared;
  for (const uint64_t h : fps) {
    if (!counted(h)) continue;
    ++query_size;
    auto p = postings_.find(h);
    if (p == postings_.end()) continue;
    for (const uint32_t id : p->second) ++shared[id];
  }
  for (const auto& [id, n] : shared) {
    const double sq = query_size;
    const double sd = counted_size(documents_.at(id));
    out.push_back({kQueryId, id, n, 2.0 * n / (sq + sd), n / sq, n / sd});
  }
  rank(min_similarity, limit, out);
  return Status::ok();
}

namespace {
constexpr std::string_view kWinnowMagic = "SKWI";
constexpr uint16_t kWinnowVersion = 1;

uint8_t pack_flags(const NormalizeOptions& n) {
  return static_cast<uint8_t>((n.case_fold ? 1 : 0) | (n.strip_diacritics ? 2 : 0) |
                              (n.collapse_whitespace ? 4 : 0) | (n.replace_invalid ? 8 : 0));
}
}  // namespace

std::vector<uint8_t> WinnowIndex::save(std::string_view user_data) const {
  ByteWriter w;
  w.u8(static_cast<uint8_t>(options_.unit));
  w.u32(options_.k);
  w.u32(options_.window);
  w.u64(options_.seed);
  w.u8(static_cast<uint8_t>(options_.normalize.form));
  w.u8(pack_flags(options_.normalize));
  w.u32(max_document_frequency_);
  std::vector<uint64_t> tmpl(template_.begin(), template_.end());
  std::sort(tmpl.begin(), tmpl.end());
  w.u32(static_cast<uint32_t>(tmpl.size()));
  w.u64s(tmpl);
  std::vector<uint32_t> ids;
  ids.reserve(documents_.size());
  for (const auto& [id, doc] : documents_) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  w.u32(static_cast<uint32_t>(ids.size()));
  for (const uint32_t id : ids) {
    const Document& d = documents_.at(id);
    w.u32(id);
    w.u8(static_cast<uint8_t>(d.role));
    w.u32(static_cast<uint32_t>(d.fingerprints.size()));
    w.u64s(d.fingerprints);
  }
  w.u64(user_data.size());
  w.bytes(user_data.data(), user_data.size());
  return seal(kWinnowMagic, kWinnowVersion, w.data());
}

Status WinnowIndex::load(const uint8_t* data, size_t size, std::string& user_data) {
  std::string_view payload;
  uint16_t version = 0;
  SIMKIT_RETURN_IF_ERROR(
      unseal(data, size, kWinnowMagic, kWinnowVersion, "winnow index", payload, version));
  ByteReader r(reinterpret_cast<const uint8_t*>(payload.data()), payload.size());
  const auto corrupt = [](const std::string& why) {
    return corrupt_data("corrupt winnow index: " + why);
  };
  FingerprintOptions o;
  uint8_t unit = 0;
  uint8_t form = 0;
  uint8_t flags = 0;
  uint32_t max_df = 0;
  r.u8(unit);
  r.u32(o.k);
  r.u32(o.window);
  r.u64(o.seed);
  r.u8(form);
  r.u8(flags);
  r.u32(max_df);
  if (!r.ok() || unit > 1 || form > 2 || flags > 15) return corrupt("bad options");
  o.unit = static_cast<ShingleUnit>(unit);
  o.normalize.form = static_cast<NormalForm>(form);
  o.normalize.case_fold = (flags & 1) != 0;
  o.normalize.strip_diacritics = (flags & 2) != 0;
  o.normalize.collapse_whitespace = (flags & 4) != 0;
  o.normalize.replace_invalid = (flags & 8) != 0;
  if (!validate_fingerprint_options(o).is_ok()) return corrupt("bad options");

  WinnowIndex fresh;
  fresh.options_ = o;
  fresh.max_document_frequency_ = max_df;
  uint32_t count = 0;
  std::vector<uint64_t> hashes;
  if (!r.u32(count) || !r.u64s(count, hashes)) return corrupt("truncated template");
  for (size_t j = 1; j < hashes.size(); ++j)  // canonical form: strictly ascending
    if (hashes[j] <= hashes[j - 1]) return corrupt("unsorted template");
  fresh.template_.insert(hashes.begin(), hashes.end());
  if (!r.u32(count) || count > r.remaining() / 9) return corrupt("bad document count");
  uint32_t previous_id = 0;
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t id = 0;
    uint8_t role = 0;
    uint32_t n = 0;
    Document doc;
    if (!r.u32(id) || !r.u8(role) || !r.u32(n) || !r.u64s(n, doc.fingerprints))
      return corrupt("truncated document");
    if (role > 1 || id == kQueryId || (i > 0 && id <= previous_id))
      return corrupt("bad document header");
    for (size_t j = 1; j < doc.fingerprints.size(); ++j)
      if (doc.fingerprints[j] <= doc.fingerprints[j - 1]) return corrupt("unsorted fingerprints");
    previous_id = id;
    doc.role = static_cast<DocumentRole>(role);
    for (const uint64_t h : doc.fingerprints) fresh.postings_[h].push_back(id);
    fresh.documents_.emplace(id, std::move(doc));
  }
  uint64_t user_size = 0;
  std::string_view user;
  if (!r.u64(user_size) || !r.bytes(user_size, user)) return corrupt("truncated user data");
  if (r.remaining() != 0) return corrupt("trailing bytes");
  options_ = fresh.options_;
  max_document_frequency_ = fresh.max_document_frequency_;
  documents_ = std::move(fresh.documents_);
  postings_ = std::move(fresh.postings_);
  template_ = std::move(fresh.template_);
  user_data.assign(user);
  return Status::ok();
}

}  // namespace simkit
