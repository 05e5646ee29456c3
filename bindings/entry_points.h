// SPDX-License-Identifier: MIT
// The named entry points JavaScript calls, registered by each area's *_bind.cpp. JS reads the
// table once at init (npm/src/native.ts) and calls each function straight from the wasm function
// table: every argument and result is a number, so no per-call conversion layer is needed. This
// replaces Embind, whose JS runtime was 7 KB of the 9 KB gzipped glue and made invokers with
// new Function() (a second, eval-free glue had to ship for CSP pages and edge runtimes).
#pragma once

#include <cstdint>
#include <cstdlib>
#include <new>
#include <type_traits>

namespace simkit::bind {

inline constexpr uint32_t kUnsignedResult = 1;  ///< JS reads the i32 result as uint32

/// Adds a row: `owner` is the class name ("" for a free function), `name` the function's or
/// method's ("new" and "delete" for a class's constructor and destructor), `function` its index
/// in the wasm function table.
[[gnu::noinline]] void add_entry_point(const char* owner, const char* name, uint32_t function,
                                       uint32_t flags);

/// A wasm32 address as JS sees it: a byte offset into HEAPU8.
inline uint32_t address(const void* p) {
  return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(p));
}

/// The function-table index of `f` (in wasm a function pointer is that index).
template <typename R, typename... A>
uint32_t table_index(R (*f)(A...)) {
  return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(f));
}

template <typename R>
inline constexpr uint32_t result_flags = std::is_same_v<R, uint32_t> ? kUnsignedResult : 0;

// Every argument crosses as an i32 or f64: reject anything else at compile time.
template <typename T>
inline constexpr bool kPlainNumber = std::is_same_v<T, int32_t> || std::is_same_v<T, uint32_t> ||
                                     std::is_same_v<T, double> || std::is_void_v<T>;

/// Registers a free function.
template <typename R, typename... A>
void function(const char* name, R (*f)(A...)) {
  static_assert(kPlainNumber<R> && (kPlainNumber<A> && ...),
                "entry points take and return numbers");
  add_entry_point("", name, table_index(f), result_flags<R>);
}

/// A member function as a free one taking the object first.
template <auto M>
struct Method;
template <typename T, typename R, typename... A, R (T::*M)(A...)>
struct Method<M> {
  static_assert(kPlainNumber<R> && (kPlainNumber<A> && ...),
                "entry points take and return numbers");
  using Result = R;
  static R call(T* self, A... args) { return (self->*M)(args...); }
};
template <typename T, typename R, typename... A, R (T::*M)(A...) const>
struct Method<M> {
  static_assert(kPlainNumber<R> && (kPlainNumber<A> && ...),
                "entry points take and return numbers");
  using Result = R;
  static R call(T* self, A... args) { return (self->*M)(args...); }
};

/// Registers a class: "new" (0 when out of memory: malloc, not a throwing new), "delete" and
/// each method, the object's address as their first argument.
template <typename T>
class Class {
 public:
  explicit Class(const char* name) : name_(name) {
    add_entry_point(name_, "new", table_index(&make), kUnsignedResult);
    add_entry_point(name_, "delete", table_index(&destroy), 0);
  }

  template <auto M>
  Class& method(const char* method_name) {
    using Thunk = Method<M>;
    add_entry_point(name_, method_name, table_index(&Thunk::call),
                    result_flags<typename Thunk::Result>);
    return *this;
  }

 private:
  static T* make() {
    static_assert(alignof(T) <= 8, "malloc aligns to 8 bytes");
    void* memory = std::malloc(sizeof(T));
    return memory == nullptr ? nullptr : new (memory) T();
  }
  static void destroy(T* self) {
    self->~T();
    std::free(self);
  }
  const char* name_;
};

}  // namespace simkit::bind

/// A block of registrations run once at module start (like EMSCRIPTEN_BINDINGS).
#define SIMKIT_ENTRY_POINTS(area)                                                                 \
  static void simkit_register_##area();                                                           \
  [[maybe_unused]] static const bool simkit_registered_##area = (simkit_register_##area(), true); \
  static void simkit_register_##area()
