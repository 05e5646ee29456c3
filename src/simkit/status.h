// SPDX-License-Identifier: MIT
// Error reporting for the simkit core: status codes instead of exceptions (the core is built with
// -fno-exceptions), so every failure can cross the wasm boundary as an integer plus a message.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "simkit/protocol.h"  // ErrorCode

namespace simkit {

/// A success flag or an error code with a message that names the offending parameter.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status ok() { return {}; }
  [[nodiscard]] bool is_ok() const { return code_ == ErrorCode::kOk; }
  [[nodiscard]] ErrorCode code() const { return code_; }
  [[nodiscard]] const std::string& message() const { return message_; }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

inline Status invalid_argument(std::string message) {
  return {ErrorCode::kInvalidArgument, std::move(message)};
}
inline Status corrupt_data(std::string message) {
  return {ErrorCode::kCorruptData, std::move(message)};
}

/// Returns early from the enclosing function when `expr` yields a failed Status.
#define SIMKIT_RETURN_IF_ERROR(expr)                    \
  do {                                                  \
    ::simkit::Status simkit_status_ = (expr);           \
    if (!simkit_status_.is_ok()) return simkit_status_; \
  } while (0)

}  // namespace simkit
