// SPDX-License-Identifier: MIT
// Entry points for MinHash signing, LSH parameters, signature files and the LSH index.
#include "entry_points.h"
#include "minhash_api.h"

SIMKIT_ENTRY_POINTS(simkit_minhash) {
  using namespace simkit::bind;
  using simkit::api::NativeLshIndex;
  function("minhash_sign_batch", &simkit::api::minhash_sign_batch);
  function("lsh_optimal_params", &simkit::api::lsh_optimal_params);
  function("lsh_param_areas", &simkit::api::lsh_param_areas);
  function("lsh_candidate_probability", &simkit::api::lsh_candidate_probability);
  function("lsh_band_keys", &simkit::api::lsh_band_keys);
  function("minhash_serialize", &simkit::api::minhash_serialize);
  function("minhash_deserialize", &simkit::api::minhash_deserialize);
  Class<NativeLshIndex>("NativeLshIndex")
      .method<&NativeLshIndex::configure>("configure")
      .method<&NativeLshIndex::insert_batch>("insert_batch")
      .method<&NativeLshIndex::remove>("remove")
      .method<&NativeLshIndex::query>("query")
      .method<&NativeLshIndex::clusters>("clusters")
      .method<&NativeLshIndex::size>("size")
      .method<&NativeLshIndex::memory_bytes>("memory_bytes")
      .method<&NativeLshIndex::parameters>("parameters")
      .method<&NativeLshIndex::save>("save")
      .method<&NativeLshIndex::load>("load");
}
