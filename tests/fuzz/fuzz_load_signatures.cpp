// SPDX-License-Identifier: MIT
// The MinHash signature-file reader (the binding entry point JS calls) on arbitrary bytes, raw
// and (after a '!') sealed with a valid checksum. Invariants: only kCorruptData or
// kUnsupportedVersion errors, never a crash; an accepted file's slots re-serialize to it.
#include <algorithm>
#include <cstring>

#include "arena.h"
#include "fuzz_input.h"
#include "minhash_api.h"
#include "simkit/io/bytes.h"

using namespace simkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<uint8_t> input(data, data + size);
  if (size > 0 && data[0] == '!')
    input = seal("SKSG", 1, std::vector<uint8_t>(data + 1, data + size));
  uint8_t* arena = api::arena_reserve(input.size() + 1);
  FUZZ_CHECK(arena != nullptr);
  std::copy(input.begin(), input.end(), arena);
  const int32_t status = api::minhash_deserialize(0, static_cast<uint32_t>(input.size()));
  if (status != 0) {
    FUZZ_CHECK(status == static_cast<int32_t>(ErrorCode::kCorruptData) ||
               status == static_cast<int32_t>(ErrorCode::kUnsupportedVersion));
    return 0;
  }
  // Re-serialize what was read: [numPerm, count, 8 options, slots...] must give the same bytes.
  const std::vector<uint32_t> words = api::results().u32;
  const uint32_t num_perm = words[0];
  const uint32_t count = words[1];
  FUZZ_CHECK(words.size() == 10 + size_t{count} * num_perm);
  uint8_t* again = api::arena_reserve(words.size() * 4);
  FUZZ_CHECK(again != nullptr);
  std::memcpy(again, words.data() + 2, 8 * 4);                          // options at 0
  std::memcpy(again + 32, words.data() + 10, (words.size() - 10) * 4);  // slots at 32
  FUZZ_CHECK(api::minhash_serialize(32, count, num_perm, 0) == 0);
  FUZZ_CHECK(api::results().bytes == input);
  return 0;
}
