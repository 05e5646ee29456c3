// SPDX-License-Identifier: MIT
// Embind registrations for MinHash signing, LSH parameters, signature files and the LSH index.
#include <emscripten/bind.h>

#include "minhash_api.h"

EMSCRIPTEN_BINDINGS(simkit_minhash) {
  using namespace emscripten;
  using simkit::api::NativeLshIndex;
  function("minhash_sign_batch", &simkit::api::minhash_sign_batch);
  function("lsh_optimal_params", &simkit::api::lsh_optimal_params);
  function("lsh_param_areas", &simkit::api::lsh_param_areas);
  function("lsh_candidate_probability", &simkit::api::lsh_candidate_probability);
  function("lsh_band_keys", &simkit::api::lsh_band_keys);
  function("minhash_serialize", &simkit::api::minhash_serialize);
  function("minhash_deserialize", &simkit::api::minhash_deserialize);
  class_<NativeLshIndex>("NativeLshIndex")
      .constructor<>()
      .function("configure", &NativeLshIndex::configure)
      .function("insert_batch", &NativeLshIndex::insert_batch)
      .function("remove", &NativeLshIndex::remove)
      .function("query", &NativeLshIndex::query)
      .function("clusters", &NativeLshIndex::clusters)
      .function("size", &NativeLshIndex::size)
      .function("memory_bytes", &NativeLshIndex::memory_bytes)
      .function("parameters", &NativeLshIndex::parameters)
      .function("save", &NativeLshIndex::save)
      .function("load", &NativeLshIndex::load);
}
