// SPDX-License-Identifier: MIT
// A corpus of winnowed fingerprints for plagiarism detection: documents added and removed
// incrementally, reference (source) documents, a template whose fingerprints are ignored,
// suppression of fingerprints common to many documents, ranked pairs and one-off queries.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "simkit/fingerprint/winnow.h"
#include "simkit/protocol.h"

namespace simkit {

enum class DocumentRole : uint8_t {
  kSubmission = 0,  ///< compared with every other document
  kReference = 1,   ///< a source: compared with submissions, never with other references
};

/// Fingerprint overlap of two documents (or a query and a document).
struct FingerprintPair {
  uint32_t a;  ///< document id (kQueryId for a query)
  uint32_t b;
  uint32_t shared;       ///< fingerprints in both, after template/frequency filtering
  double similarity;     ///< 2·shared / (|A| + |B|)
  double containment_a;  ///< shared / |A|
  double containment_b;  ///< shared / |B|
};

class WinnowIndex {
 public:
  static constexpr uint32_t kQueryId = kNoValue;  // the protocol's "no value"

  /// @param max_document_frequency ignore fingerprints found in more documents than this
  ///        (0: no limit); boilerplate every student copied is not evidence.
  Status configure(const FingerprintOptions& options, uint32_t max_document_frequency);

  /// Adds (or replaces) document `id`. `param` names the text in errors.
  Status add(uint32_t id, std::string_view text, DocumentRole role,
             std::string_view param = "text");
  /// Removes document `id`; false when it was not there.
  bool remove(uint32_t id);
  /// Fingerprints of `text` are ignored from now on (e.g. the assignment's starter text).
  Status set_template(std::string_view text);

  /// All document pairs sharing at least one counted fingerprint whose similarity is at least
  /// `min_similarity`, best first (ties by ids), at most `limit` (0: all).
  void pairs(double min_similarity, uint32_t limit, std::vector<FingerprintPair>& out) const;
  /// Documents sharing fingerprints with `text`, best first.
  Status query(std::string_view text, double min_similarity, uint32_t limit,
               std::vector<FingerprintPair>& out);

  [[nodiscard]] size_t size() const { return documents_.size(); }

  /// Serializes the index (options, template, every document's fingerprints) plus the caller's
  /// opaque `user_data` (the npm package stores keys and texts there) in the "SKWI" format of
  /// docs/FORMAT.md. Deterministic: the same index gives the same bytes.
  [[nodiscard]] std::vector<uint8_t> save(std::string_view user_data) const;
  /// Replaces this index with the one in `data`; on any error the index is left unchanged.
  /// Never trusts a length from the data: everything is checked before it is allocated.
  Status load(const uint8_t* data, size_t size, std::string& user_data);
  [[nodiscard]] const FingerprintOptions& options() const { return options_; }

 private:
  struct Document {
    std::vector<uint64_t> fingerprints;  // sorted, unique
    DocumentRole role;
  };
  Status fingerprints_of(std::string_view text, std::vector<uint64_t>& out, std::string_view param);
  [[nodiscard]] bool counted(uint64_t hash) const;
  [[nodiscard]] uint32_t counted_size(const Document& d) const;
  static void rank(double min_similarity, uint32_t limit, std::vector<FingerprintPair>& out);

  FingerprintOptions options_;
  uint32_t max_document_frequency_ = 0;
  std::unordered_map<uint32_t, Document> documents_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings_;
  std::unordered_set<uint64_t> template_;
  Fingerprinter fingerprinter_;
  KGrams kgrams_;
  std::vector<uint32_t> selected_;
};

}  // namespace simkit
