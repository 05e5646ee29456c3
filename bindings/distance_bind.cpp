// SPDX-License-Identifier: MIT
// Embind registrations for string distances and the prepared matcher.
#include <emscripten/bind.h>

#include "distance_api.h"

EMSCRIPTEN_BINDINGS(simkit_distance) {
  using namespace emscripten;
  using simkit::api::NativeMatcher;
  function("distance_pair", &simkit::api::distance_pair);
  function("distance_batch", &simkit::api::distance_batch);
  class_<NativeMatcher>("NativeMatcher")
      .constructor<>()
      .function("set", &NativeMatcher::set)
      .function("extract", &NativeMatcher::extract)
      .function("size", &NativeMatcher::size);
}
