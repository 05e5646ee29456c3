// SPDX-License-Identifier: MIT
// Embind registrations for stylometry: the profile of a text, attribution and verification.
#include <emscripten/bind.h>

#include "style_api.h"

EMSCRIPTEN_BINDINGS(simkit_style) {
  using namespace emscripten;
  using simkit::api::NativeAuthorship;
  using simkit::api::NativeVerifier;
  function("style_profile", &simkit::api::style_profile);
  class_<NativeAuthorship>("NativeAuthorship")
      .constructor<>()
      .function("configure", &NativeAuthorship::configure)
      .function("add", &NativeAuthorship::add)
      .function("fit", &NativeAuthorship::fit)
      .function("features", &NativeAuthorship::features)
      .function("attribute", &NativeAuthorship::attribute)
      .function("leave_one_out", &NativeAuthorship::leave_one_out)
      .function("texts", &NativeAuthorship::texts);
  class_<NativeVerifier>("NativeVerifier")
      .constructor<>()
      .function("configure", &NativeVerifier::configure)
      .function("add_impostors", &NativeVerifier::add_impostors)
      .function("verify", &NativeVerifier::verify)
      .function("clear_impostors", &NativeVerifier::clear_impostors)
      .function("impostors", &NativeVerifier::impostors);
}
