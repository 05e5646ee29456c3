// SPDX-License-Identifier: MIT
// Entry points for the shared arena, errors, the text pipeline and hashing.
#include <cstdint>

#include "arena.h"
#include "entry_points.h"
#include "hash_api.h"
#include "text_api.h"

namespace {

using simkit::bind::address;

uint32_t arena_reserve_js(uint32_t bytes) { return address(simkit::api::arena_reserve(bytes)); }

uint32_t result_bytes_ptr() { return address(simkit::api::results().bytes.data()); }
uint32_t result_bytes_size() { return static_cast<uint32_t>(simkit::api::results().bytes.size()); }
uint32_t result_u32_ptr() { return address(simkit::api::results().u32.data()); }
uint32_t result_u32_size() { return static_cast<uint32_t>(simkit::api::results().u32.size()); }
uint32_t result_spans_ptr() { return address(simkit::api::results().spans.data()); }
uint32_t result_spans_size() { return static_cast<uint32_t>(simkit::api::results().spans.size()); }
uint32_t result_f64_ptr() { return address(simkit::api::results().f64.data()); }
uint32_t result_f64_size() { return static_cast<uint32_t>(simkit::api::results().f64.size()); }
// The message's UTF-8 bytes (JS decodes them; valid until the next call).
uint32_t last_error_ptr() { return address(simkit::api::last_error_message().data()); }
uint32_t last_error_size() {
  return static_cast<uint32_t>(simkit::api::last_error_message().size());
}

}  // namespace

SIMKIT_ENTRY_POINTS(simkit_core) {
  using namespace simkit::bind;
  function("arena_reserve", &arena_reserve_js);
  function("result_bytes_ptr", &result_bytes_ptr);
  function("result_bytes_size", &result_bytes_size);
  function("result_u32_ptr", &result_u32_ptr);
  function("result_u32_size", &result_u32_size);
  function("result_spans_ptr", &result_spans_ptr);
  function("result_spans_size", &result_spans_size);
  function("result_f64_ptr", &result_f64_ptr);
  function("result_f64_size", &result_f64_size);
  function("last_error_ptr", &last_error_ptr);
  function("last_error_size", &last_error_size);

  function("text_normalize", &simkit::api::text_normalize);
  function("text_tokenize", &simkit::api::text_tokenize);
  function("text_shingles", &simkit::api::text_shingles);
  function("text_set_similarity", &simkit::api::text_set_similarity);
  function("hash_one", &simkit::api::hash_one);
  function("hash_batch", &simkit::api::hash_batch);
}
