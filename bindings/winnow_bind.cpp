// SPDX-License-Identifier: MIT
// Entry points for winnowing, passages and the winnow index.
#include "entry_points.h"
#include "winnow_api.h"

SIMKIT_ENTRY_POINTS(simkit_winnow) {
  using namespace simkit::bind;
  using simkit::api::NativeWinnowIndex;
  function("winnow_fingerprint", &simkit::api::winnow_fingerprint);
  function("winnow_passages", &simkit::api::winnow_passages);
  function("connected_components", &simkit::api::connected_components);
  Class<NativeWinnowIndex>("NativeWinnowIndex")
      .method<&NativeWinnowIndex::configure>("configure")
      .method<&NativeWinnowIndex::add>("add")
      .method<&NativeWinnowIndex::remove>("remove")
      .method<&NativeWinnowIndex::set_template>("set_template")
      .method<&NativeWinnowIndex::pairs>("pairs")
      .method<&NativeWinnowIndex::query>("query")
      .method<&NativeWinnowIndex::size>("size")
      .method<&NativeWinnowIndex::save>("save")
      .method<&NativeWinnowIndex::load>("load");
}
