// SPDX-License-Identifier: MIT
// Entry points for TF cosine, SimHash, the TF-IDF model and the SimHash index.
#include "entry_points.h"
#include "vector_api.h"

SIMKIT_ENTRY_POINTS(simkit_vector) {
  using namespace simkit::bind;
  using simkit::api::NativeSimHashIndex;
  using simkit::api::NativeTfIdfModel;
  function("vector_cosine", &simkit::api::vector_cosine);
  function("simhash_batch", &simkit::api::simhash_batch);
  Class<NativeTfIdfModel>("NativeTfIdfModel")
      .method<&NativeTfIdfModel::fit>("fit")
      .method<&NativeTfIdfModel::similar>("similar")
      .method<&NativeTfIdfModel::query>("query")
      .method<&NativeTfIdfModel::pair_cosine>("pair_cosine")
      .method<&NativeTfIdfModel::size>("size")
      .method<&NativeTfIdfModel::vocabulary_size>("vocabulary_size");
  Class<NativeSimHashIndex>("NativeSimHashIndex")
      .method<&NativeSimHashIndex::configure>("configure")
      .method<&NativeSimHashIndex::insert>("insert")
      .method<&NativeSimHashIndex::remove>("remove")
      .method<&NativeSimHashIndex::query>("query")
      .method<&NativeSimHashIndex::size>("size");
}
