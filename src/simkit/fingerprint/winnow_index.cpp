// SPDX-License-Identifier: MIT
#include "simkit/fingerprint/winnow_index.h"

#include <algorithm>

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

}  // namespace simkit
