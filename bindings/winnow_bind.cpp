// SPDX-License-Identifier: MIT
// Embind registrations for winnowing, passages and the winnow index.
#include <emscripten/bind.h>

#include "winnow_api.h"

EMSCRIPTEN_BINDINGS(simkit_winnow) {
  using namespace emscripten;
  using simkit::api::NativeWinnowIndex;
  function("winnow_fingerprint", &simkit::api::winnow_fingerprint);
  function("winnow_passages", &simkit::api::winnow_passages);
  function("connected_components", &simkit::api::connected_components);
  class_<NativeWinnowIndex>("NativeWinnowIndex")
      .constructor<>()
      .function("configure", &NativeWinnowIndex::configure)
      .function("add", &NativeWinnowIndex::add)
      .function("remove", &NativeWinnowIndex::remove)
      .function("set_template", &NativeWinnowIndex::set_template)
      .function("pairs", &NativeWinnowIndex::pairs)
      .function("query", &NativeWinnowIndex::query)
      .function("size", &NativeWinnowIndex::size)
      .function("save", &NativeWinnowIndex::save)
      .function("load", &NativeWinnowIndex::load);
}
