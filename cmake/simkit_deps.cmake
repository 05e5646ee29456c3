# Third-party code comes from Debian only. emcc must never see -I/usr/include (glibc headers break
# the wasm build), so the two header-only dependencies are copied into a build-tree folder.
set(SIMKIT_DEPS_INCLUDE "${PROJECT_BINARY_DIR}/deps/include")
foreach(header xxhash.h doctest/doctest.h)
  if(NOT EXISTS "/usr/include/${header}")
    message(FATAL_ERROR "/usr/include/${header} is missing: run scripts/setup.sh "
                        "(it installs libxxhash-dev and doctest-dev)")
  endif()
  get_filename_component(dir "${SIMKIT_DEPS_INCLUDE}/${header}" DIRECTORY)
  file(COPY "/usr/include/${header}" DESTINATION "${dir}")
endforeach()

# utf8proc, built from Debian's source package: the native tests' oracle for simkit's own Unicode
# tables (the library itself does not link it).
if(NOT EXISTS "${SIMKIT_UTF8PROC_DIR}/utf8proc.c")
  message(FATAL_ERROR "utf8proc source not found in ${SIMKIT_UTF8PROC_DIR}: run scripts/setup.sh")
endif()
add_library(simkit_utf8proc STATIC "${SIMKIT_UTF8PROC_DIR}/utf8proc.c")
target_include_directories(simkit_utf8proc SYSTEM PUBLIC "${SIMKIT_UTF8PROC_DIR}")
target_compile_definitions(simkit_utf8proc PUBLIC UTF8PROC_STATIC)
set_target_properties(simkit_utf8proc PROPERTIES C_STANDARD 99 POSITION_INDEPENDENT_CODE ON)
