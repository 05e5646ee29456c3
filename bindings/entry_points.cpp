// SPDX-License-Identifier: MIT
// Storage of the entry-point table and the one export JavaScript looks up by name.
#include "entry_points.h"

#include <emscripten/emscripten.h>

#include <cstring>
#include <vector>

namespace simkit::bind {
namespace {

/// [row count, then per row: owner pointer, owner length, name pointer, name length, function
/// index, flags] — the layout npm/src/native.ts reads. Names are string literals.
std::vector<uint32_t>& table() {
  static std::vector<uint32_t> rows{0};
  return rows;
}

}  // namespace

[[gnu::noinline]] void add_entry_point(const char* owner, const char* name, uint32_t function,
                                       uint32_t flags) {
  auto& rows = table();
  rows.insert(rows.end(), {address(owner), static_cast<uint32_t>(std::strlen(owner)), address(name),
                           static_cast<uint32_t>(std::strlen(name)), function, flags});
  ++rows[0];
}

}  // namespace simkit::bind

extern "C" EMSCRIPTEN_KEEPALIVE uint32_t simkit_entry_points() {
  return simkit::bind::address(simkit::bind::table().data());
}
