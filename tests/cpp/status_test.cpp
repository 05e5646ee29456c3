// SPDX-License-Identifier: MIT
#include "simkit/status.h"

#include <doctest/doctest.h>

namespace {
simkit::Status fails_then_never_reached(bool& reached) {
  SIMKIT_RETURN_IF_ERROR(simkit::invalid_argument("k must be >= 1, got 0"));
  reached = true;
  return simkit::Status::ok();
}
}  // namespace

TEST_CASE("Status carries a code and a message; RETURN_IF_ERROR propagates") {
  CHECK(simkit::Status::ok().is_ok());
  bool reached = false;
  const simkit::Status s = fails_then_never_reached(reached);
  CHECK_FALSE(reached);
  CHECK(s.code() == simkit::ErrorCode::kInvalidArgument);
  CHECK(s.message() == "k must be >= 1, got 0");
}
