// SPDX-License-Identifier: MIT
#include "arena.h"

#include <cstdlib>
#include <memory>

namespace simkit::api {

namespace {
struct FreeDeleter {
  void operator()(uint8_t* p) const { std::free(p); }
};
std::unique_ptr<uint8_t, FreeDeleter> g_arena;
size_t g_arena_size = 0;
Results g_results;
std::string g_last_error;
}  // namespace

uint8_t* arena_reserve(size_t bytes) {
  if (bytes <= g_arena_size && g_arena) return g_arena.get();
  // Geometric growth so a stream of slightly larger texts does not reallocate every call.
  size_t want = g_arena_size < 4096 ? 4096 : g_arena_size;
  while (want < bytes) {
    if (want > (SIZE_MAX >> 1)) return nullptr;
    want *= 2;
  }
  g_arena.reset();  // free first: the old contents are not kept, and peak memory stays lower
  g_arena_size = 0;
  // malloc (not new) so running out of memory is a null pointer we report, not an abort.
  auto* p = static_cast<uint8_t*>(std::malloc(want));
  if (p == nullptr) p = static_cast<uint8_t*>(std::malloc(bytes));
  if (p == nullptr) return nullptr;
  g_arena.reset(p);
  g_arena_size = p != nullptr && want >= bytes ? want : bytes;
  return p;
}

bool arena_view(uint32_t offset, uint32_t length, std::string_view& out) {
  if (uint64_t{offset} + length > g_arena_size) return false;
  out = std::string_view(reinterpret_cast<const char*>(g_arena.get()) + offset, length);
  return true;
}

bool arena_u32(uint32_t offset, uint32_t count, const uint32_t*& out) {
  if (offset % 4 != 0 || uint64_t{offset} + uint64_t{count} * 4 > g_arena_size) return false;
  out = reinterpret_cast<const uint32_t*>(g_arena.get() + offset);
  return true;
}

bool arena_u16(uint32_t offset, uint32_t count, const uint16_t*& out) {
  if (offset % 2 != 0 || uint64_t{offset} + uint64_t{count} * 2 > g_arena_size) return false;
  out = reinterpret_cast<const uint16_t*>(g_arena.get() + offset);
  return true;
}

Results& results() { return g_results; }

Results& begin_call() {
  g_results.clear();
  g_last_error.clear();
  return g_results;
}

int32_t report(const Status& status) {
  if (status.is_ok()) return 0;
  g_last_error = status.message();
  return static_cast<int32_t>(status.code());
}

const std::string& last_error_message() { return g_last_error; }

Status input_text(uint32_t offset, uint32_t length, std::string_view param, std::string_view& out) {
  if (!arena_view(offset, length, out))
    return invalid_argument(std::string(param) + " lies outside the input arena (internal error)");
  return Status::ok();
}

}  // namespace simkit::api
