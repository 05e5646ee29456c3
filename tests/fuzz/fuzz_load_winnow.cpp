// SPDX-License-Identifier: MIT
// The winnow index loader on arbitrary bytes, both raw (envelope checks) and, after a '!', sealed
// with a valid checksum (so the payload parser is reached). Invariants: a load either fails with
// kCorruptData/kUnsupportedVersion or succeeds, and a loaded index saves back to the same bytes.
#include <cstdlib>

#include "simkit/fingerprint/winnow_index.h"
#include "simkit/io/bytes.h"

using namespace simkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  WinnowIndex index;
  std::string user;
  std::vector<uint8_t> input(data, data + size);
  if (size > 0 && data[0] == '!') {  // '!' + payload: sealed here, so the parser is reached
    input = seal("SKWI", 1, std::vector<uint8_t>(data + 1, data + size));
  }
  const Status s = index.load(input.data(), input.size(), user);
  if (!s.is_ok()) {
    if (s.code() != ErrorCode::kCorruptData && s.code() != ErrorCode::kUnsupportedVersion)
      std::abort();
    return 0;
  }
  if (index.save(user) != input) std::abort();
  std::vector<FingerprintPair> pairs;
  index.pairs(0, 10, pairs);
  return 0;
}
