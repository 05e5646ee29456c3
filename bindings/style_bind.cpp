// SPDX-License-Identifier: MIT
// Entry points for stylometry: the profile of a text, attribution and verification.
#include "entry_points.h"
#include "style_api.h"

SIMKIT_ENTRY_POINTS(simkit_style) {
  using namespace simkit::bind;
  using simkit::api::NativeAuthorship;
  using simkit::api::NativeVerifier;
  function("style_profile", &simkit::api::style_profile);
  Class<NativeAuthorship>("NativeAuthorship")
      .method<&NativeAuthorship::configure>("configure")
      .method<&NativeAuthorship::add>("add")
      .method<&NativeAuthorship::fit>("fit")
      .method<&NativeAuthorship::features>("features")
      .method<&NativeAuthorship::attribute>("attribute")
      .method<&NativeAuthorship::leave_one_out>("leave_one_out")
      .method<&NativeAuthorship::texts>("texts");
  Class<NativeVerifier>("NativeVerifier")
      .method<&NativeVerifier::configure>("configure")
      .method<&NativeVerifier::add_impostors>("add_impostors")
      .method<&NativeVerifier::verify>("verify")
      .method<&NativeVerifier::clear_impostors>("clear_impostors")
      .method<&NativeVerifier::impostors>("impostors");
}
