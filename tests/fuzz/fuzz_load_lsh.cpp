// SPDX-License-Identifier: MIT
// The LSH index loader on arbitrary bytes, raw and (after a '!') sealed with a valid checksum
// so the payload parser is reached. Invariants: failures are kCorruptData/kUnsupportedVersion;
// a loaded index saves back to the same bytes and answers queries.
#include "fuzz_input.h"
#include "simkit/index/lsh_index.h"
#include "simkit/io/bytes.h"

using namespace simkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  LshIndex index;
  std::string user;
  std::vector<uint8_t> input(data, data + size);
  if (size > 0 && data[0] == '!')
    input = seal("SKLS", 1, std::vector<uint8_t>(data + 1, data + size));
  const Status s = index.load(input.data(), input.size(), user);
  if (!s.is_ok()) {
    FUZZ_CHECK(s.code() == ErrorCode::kCorruptData || s.code() == ErrorCode::kUnsupportedVersion);
    return 0;
  }
  FUZZ_CHECK(index.save(user) == input);
  std::vector<uint32_t> sig(index.num_perm(), 7);
  std::vector<LshCandidate> hits;
  index.query(sig.data(), 0.0, 10, 0xFFFFFFFFU, hits);
  std::vector<std::vector<uint32_t>> clusters;
  index.clusters(0.5, clusters);
  return 0;
}
