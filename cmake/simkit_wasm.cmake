# The wasm module: every emcc link flag, each with its reason. One .wasm and one glue file
# (simkit.mjs), which never evaluates code: the same for pages, workers, CSP pages and the edge.
file(GLOB SIMKIT_BIND_SOURCES CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*_bind.cpp")
list(APPEND SIMKIT_BIND_SOURCES "${CMAKE_CURRENT_SOURCE_DIR}/entry_points.cpp")

set(SIMKIT_WASM_LINK_FLAGS
  -flto                                # the objects are LLVM bitcode (src/CMakeLists.txt): LTO at link
                                       # (wasm-opt runs at the build type's -O3: at -Oz it saves 9 KB
                                       # gzipped more but TF-IDF ran 4x and winnowing 2x slower, LTO
                                       # or not, since their -Oz objects rely on its inlining)
  -fno-exceptions                      # libc++ without exceptions, as the core is compiled: its
                                       # throws abort (a trap JS reports) and the glue needs no
                                       # exception runtime
  -sMODULARIZE=1 -sEXPORT_ES6=1        # an ES module factory, one instance per init()
  -sEXPORT_NAME=createSimkitModule
  -sUSE_ES6_IMPORT_META=0              # no import.meta in the glue: undefined in workerd, and a wasm URL
                                       # bundlers would try to resolve; the entry points pass the wasm
  -sENVIRONMENT=web,worker             # with node here 3.1.6 ESM glue uses __dirname and breaks; Node passes wasmBinary
  -sALLOW_MEMORY_GROWTH=1              # big corpora; JS re-reads the heap views after every call
  -sMAXIMUM_MEMORY=4GB                 # the whole wasm32 space
  -sFILESYSTEM=0                       # no FS: smaller glue, nothing to read
  -sINCOMING_MODULE_JS_API=wasmBinary,instantiateWasm,locateFile,print,printErr
  -sEXPORTED_RUNTIME_METHODS=HEAPU8,HEAPU32,HEAPF64  # with simkit_entry_points and the function
                                       # table (bindings/entry_points.h), all JS reaches
  -sDYNAMIC_EXECUTION=0                # no eval/new Function(): CSP without 'unsafe-eval', workerd
  -sABORTING_MALLOC=0                  # malloc returns null instead of aborting: OUT_OF_MEMORY reaches JS
  -sMALLOC=emmalloc                    # 2 KB gzip smaller than dlmalloc; no benchmark row slower
  -sTOTAL_STACK=1MB
  -sTEXTDECODER=2
  -sWASM_BIGINT=0
)

add_executable(simkit ${SIMKIT_BIND_SOURCES})
target_link_libraries(simkit PRIVATE simkit_api simkit_core)
target_compile_options(simkit PRIVATE -fno-exceptions)
set_target_properties(simkit PROPERTIES SUFFIX ".mjs" RUNTIME_OUTPUT_DIRECTORY "${SIMKIT_DIST_DIR}")
target_link_options(simkit PRIVATE ${SIMKIT_WASM_LINK_FLAGS})
# The glue with its local names minified (scripts/minify-glue.mjs; esbuild, a devDependency):
# Emscripten 3.1.6 renames nothing without Closure, which Debian does not ship.
add_custom_command(TARGET simkit POST_BUILD
  COMMAND "${SIMKIT_NODE}" "${PROJECT_SOURCE_DIR}/scripts/minify-glue.mjs" "$<TARGET_FILE:simkit>"
  VERBATIM)
simkit_warnings(simkit)
