// SPDX-License-Identifier: MIT
#include "simkit/io/bytes.h"

#include "simkit/hash/xxhash.h"

namespace simkit {

std::vector<uint8_t> seal(std::string_view magic, uint16_t version,
                          const std::vector<uint8_t>& payload) {
  ByteWriter w;
  w.data().reserve(payload.size() + kEnvelopeOverhead);
  w.bytes(magic.data(), 4);
  w.u16(version);
  w.u16(0);
  w.u64(payload.size());
  w.bytes(payload.data(), payload.size());
  w.u64(xxh3_64(w.data().data(), w.data().size(), 0));
  return std::move(w.data());
}

Status unseal(const uint8_t* data, size_t size, std::string_view magic, uint16_t max_version,
              std::string_view what, std::string_view& payload, uint16_t& version) {
  const std::string name(what);
  if (size < kEnvelopeOverhead) {
    return corrupt_data("not a simkit " + name + ": " + std::to_string(size) +
                        " bytes is shorter than any saved " + name);
  }
  if (std::memcmp(data, magic.data(), 4) != 0)
    return corrupt_data("not a simkit " + name + " (wrong magic bytes)");
  ByteReader r(data + 4, size - 4);
  uint16_t reserved = 0;
  uint64_t length = 0;
  r.u16(version);
  r.u16(reserved);
  r.u64(length);
  if (version == 0 || version > max_version) {
    return {ErrorCode::kUnsupportedVersion, "this simkit reads " + name + " format versions 1 to " +
                                                std::to_string(max_version) +
                                                ", the data is version " + std::to_string(version)};
  }
  if (length != size - kEnvelopeOverhead) {
    return corrupt_data("truncated or extended " + name + ": the header says " +
                        std::to_string(length) + " payload bytes, there are " +
                        std::to_string(size - kEnvelopeOverhead));
  }
  ByteReader tail(data + size - 8, 8);
  uint64_t checksum = 0;
  tail.u64(checksum);
  if (checksum != xxh3_64(data, size - 8, 0) || reserved != 0)
    return corrupt_data("corrupt " + name + ": checksum mismatch");
  payload = std::string_view(reinterpret_cast<const char*>(data) + 16, static_cast<size_t>(length));
  return Status::ok();
}

}  // namespace simkit
