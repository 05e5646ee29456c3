// SPDX-License-Identifier: MIT
// Entry points for string distances and the prepared matcher.
#include "distance_api.h"
#include "entry_points.h"

SIMKIT_ENTRY_POINTS(simkit_distance) {
  using namespace simkit::bind;
  using simkit::api::NativeMatcher;
  function("distance_pair", &simkit::api::distance_pair);
  function("distance_batch", &simkit::api::distance_batch);
  Class<NativeMatcher>("NativeMatcher")
      .method<&NativeMatcher::set>("set")
      .method<&NativeMatcher::extract>("extract")
      .method<&NativeMatcher::size>("size");
}
