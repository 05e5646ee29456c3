// SPDX-License-Identifier: MIT
// Little-endian, bounds-checked byte writing and reading for simkit's persistence formats, and
// the common envelope every saved object uses: magic, version, payload, XXH3 checksum.
// docs/FORMAT.md describes the layout.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "simkit/status.h"

namespace simkit {

/// Appends little-endian values to a byte vector.
class ByteWriter {
 public:
  void u8(uint8_t v) { bytes_.push_back(v); }
  void u16(uint16_t v) { le(v, 2); }
  void u32(uint32_t v) { le(v, 4); }
  void u64(uint64_t v) { le(v, 8); }
  void f64(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, 8);
    le(bits, 8);
  }
  void bytes(const void* data, size_t size) {
    const auto* p = static_cast<const uint8_t*>(data);
    bytes_.insert(bytes_.end(), p, p + size);
  }
  void u64s(const std::vector<uint64_t>& values) {
    for (const uint64_t v : values) u64(v);
  }
  std::vector<uint8_t>& data() { return bytes_; }

 private:
  void le(uint64_t v, int n) {
    for (int i = 0; i < n; ++i) bytes_.push_back(static_cast<uint8_t>(v >> (8 * i)));
  }
  std::vector<uint8_t> bytes_;
};

/// Reads little-endian values; every read checks the remaining length first, and a failed
/// read leaves the reader failed (all later reads fail too), so parsing code can check once.
class ByteReader {
 public:
  ByteReader(const uint8_t* data, size_t size) : data_(data), size_(size) {}

  bool u8(uint8_t& v) { return le(v, 1); }
  bool u16(uint16_t& v) { return le(v, 2); }
  bool u32(uint32_t& v) { return le(v, 4); }
  bool u64(uint64_t& v) { return le(v, 8); }
  bool f64(double& v) {
    uint64_t bits = 0;
    if (!le(bits, 8)) return false;
    std::memcpy(&v, &bits, 8);
    return true;
  }
  /// Reads `count` u64 values, refusing before allocating when they cannot all be there.
  bool u64s(uint64_t count, std::vector<uint64_t>& out) {
    if (failed_ || count > remaining() / 8) return fail();
    out.resize(static_cast<size_t>(count));
    for (auto& v : out) le(v, 8);
    return true;
  }
  /// A view of the next `size` bytes.
  bool bytes(uint64_t size, std::string_view& out) {
    if (failed_ || size > remaining()) return fail();
    out = std::string_view(reinterpret_cast<const char*>(data_ + pos_), static_cast<size_t>(size));
    pos_ += static_cast<size_t>(size);
    return true;
  }
  [[nodiscard]] size_t remaining() const { return size_ - pos_; }
  [[nodiscard]] bool ok() const { return !failed_; }

 private:
  template <typename T>
  bool le(T& v, size_t n) {
    if (failed_ || n > remaining()) return fail();
    uint64_t x = 0;
    for (size_t i = 0; i < n; ++i) x |= uint64_t{data_[pos_ + i]} << (8 * i);
    v = static_cast<T>(x);
    pos_ += n;
    return true;
  }
  bool fail() {
    failed_ = true;
    return false;
  }
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
  bool failed_ = false;
};

/// The envelope: magic (4 bytes) · u16 version · u16 reserved (0) · u64 payload length ·
/// payload · u64 XXH3-64 (seed 0) of everything before it.
inline constexpr size_t kEnvelopeOverhead = 4 + 2 + 2 + 8 + 8;

/// Wraps `payload` in the envelope.
std::vector<uint8_t> seal(std::string_view magic, uint16_t version,
                          const std::vector<uint8_t>& payload);

/// Checks the envelope of `data` (magic, version <= max_version, exact length, checksum) and
/// returns the payload view and version. Errors are kCorruptData or kUnsupportedVersion, with a
/// message naming `what` (e.g. "LSH index").
Status unseal(const uint8_t* data, size_t size, std::string_view magic, uint16_t max_version,
              std::string_view what, std::string_view& payload, uint16_t& version);

}  // namespace simkit
