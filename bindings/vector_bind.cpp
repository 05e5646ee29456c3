// SPDX-License-Identifier: MIT
// Embind registrations for TF cosine, SimHash, the TF-IDF model and the SimHash index.
#include <emscripten/bind.h>

#include "vector_api.h"

EMSCRIPTEN_BINDINGS(simkit_vector) {
  using namespace emscripten;
  using simkit::api::NativeSimHashIndex;
  using simkit::api::NativeTfIdfModel;
  function("vector_cosine", &simkit::api::vector_cosine);
  function("simhash_batch", &simkit::api::simhash_batch);
  class_<NativeTfIdfModel>("NativeTfIdfModel")
      .constructor<>()
      .function("fit", &NativeTfIdfModel::fit)
      .function("similar", &NativeTfIdfModel::similar)
      .function("query", &NativeTfIdfModel::query)
      .function("pair_cosine", &NativeTfIdfModel::pair_cosine)
      .function("size", &NativeTfIdfModel::size)
      .function("vocabulary_size", &NativeTfIdfModel::vocabulary_size);
  class_<NativeSimHashIndex>("NativeSimHashIndex")
      .constructor<>()
      .function("configure", &NativeSimHashIndex::configure)
      .function("insert", &NativeSimHashIndex::insert)
      .function("remove", &NativeSimHashIndex::remove)
      .function("query", &NativeSimHashIndex::query)
      .function("size", &NativeSimHashIndex::size);
}
