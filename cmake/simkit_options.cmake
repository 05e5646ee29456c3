option(SIMKIT_TESTS "Build the doctest suite" ON)
option(SIMKIT_SANITIZE "Build with AddressSanitizer + UndefinedBehaviorSanitizer (native only)" OFF)
option(SIMKIT_BENCH "Build the native benchmark driver (bench/native)" ON)
option(SIMKIT_WASM_SIMD "Compile the wasm module with -msimd128" ON)
set(SIMKIT_UTF8PROC_DIR "${PROJECT_SOURCE_DIR}/.deps/utf8proc" CACHE PATH
    "utf8proc source tree (fetched from Debian by scripts/setup.sh)")
set(SIMKIT_DIST_DIR "${PROJECT_SOURCE_DIR}/npm/dist" CACHE PATH
    "Where the wasm build writes simkit.wasm and its glue")

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE Release CACHE STRING "" FORCE)
endif()

if(SIMKIT_SANITIZE AND NOT EMSCRIPTEN)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
option(SIMKIT_FUZZ "Build the libFuzzer targets in tests/fuzz (clang)" OFF)
