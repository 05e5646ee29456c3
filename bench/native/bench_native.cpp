// SPDX-License-Identifier: MIT
// bench_native <workload> <input file> [min milliseconds]
// Prints the best nanoseconds per operation over several rounds, as JSON, for bench/run.mjs.
// Workloads: xxh3, xxh64 (whole file); xxh3-keys, xxh64-keys (file of 64-byte keys);
// shingle (word 3-gram shingle hashes of the whole file, default normalization);
// minhash-classic, minhash-oph, and their -char forms (file of documents: MinHash per document);
// style-profile (the stylometric profile of the whole file: words, char 3-grams, names).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "simkit/hash/shingle.h"
#include "simkit/hash/xxhash.h"
#include "simkit/sketch/minhash.h"
#include "simkit/style/profile.h"

namespace {

volatile uint64_t g_sink = 0;  // keeps the optimizer from removing the work

template <typename F>
double best_ns_per_op(F&& op, double min_ms) {
  double best = 1e300;
  for (int round = 0; round < 5; ++round) {
    size_t iterations = 0;
    const auto start = std::chrono::steady_clock::now();
    double elapsed_ms = 0;
    do {
      op();
      ++iterations;
      elapsed_ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
              .count();
    } while (elapsed_ms < min_ms / 5);
    best = std::min(best, elapsed_ms * 1e6 / static_cast<double>(iterations));
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s <xxh3|xxh64|xxh3-keys|xxh64-keys|shingle> <file> [min_ms]\n",
                 argv[0]);
    return 2;
  }
  const std::string workload = argv[1];
  std::ifstream in(argv[2], std::ios::binary);
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const double min_ms = argc > 3 ? std::stod(argv[3]) : 500.0;
  double ns = 0;
  if (workload == "xxh3") {
    ns = best_ns_per_op([&] { g_sink = g_sink + simkit::xxh3_64(data.data(), data.size(), 0); },
                        min_ms);
  } else if (workload == "xxh64") {
    ns = best_ns_per_op([&] { g_sink = g_sink + simkit::xxh64(data.data(), data.size(), 0); },
                        min_ms);
  } else if (workload == "xxh3-keys" || workload == "xxh64-keys") {
    const bool x3 = workload == "xxh3-keys";
    std::vector<uint64_t> out(data.size() / 64);
    ns = best_ns_per_op(
        [&] {
          for (size_t i = 0; i < out.size(); ++i) {
            const char* p = data.data() + 64 * i;
            out[i] = x3 ? simkit::xxh3_64(p, 64, 0) : simkit::xxh64(p, 64, 0);
          }
          g_sink = g_sink + out.back();
        },
        min_ms);
  } else if (workload == "shingle") {
    simkit::Shingler shingler;
    simkit::Shingles out;
    const simkit::ShingleOptions options;
    ns = best_ns_per_op(
        [&] {
          if (!shingler.shingle(data, options, out, false).is_ok()) std::abort();
          g_sink = g_sink + out.hashes.size();
        },
        min_ms);
  } else if (workload == "style-profile") {
    simkit::StyleProfiler profiler;
    if (!profiler.configure({}).is_ok()) std::abort();
    simkit::TextProfile profile;
    simkit::StyleDictionary names;
    ns = best_ns_per_op(
        [&] {
          names.words.clear();
          names.grams.clear();
          if (!profiler.profile(data, profile, &names).is_ok()) std::abort();
          g_sink = g_sink + profile.words;
        },
        min_ms);
  } else if (workload.rfind("minhash-", 0) == 0) {
    // minhash-{classic,oph}[-char]: documents separated by U+001E (record separator); ns per
    // document, whole pipeline; word 3-grams, or char 5-grams with -char.
    std::vector<std::string_view> docs;
    for (size_t at = 0; at < data.size();) {
      size_t end = data.find('\x1e', at);
      if (end == std::string::npos) end = data.size();
      docs.emplace_back(data.data() + at, end - at);
      at = end + 1;
    }
    simkit::MinHasher hasher;
    simkit::MinHashOptions mo;
    mo.scheme = workload.rfind("minhash-oph", 0) == 0 ? simkit::MinHashScheme::kOnePermutation
                                                      : simkit::MinHashScheme::kClassic;
    if (!hasher.configure(mo).is_ok()) std::abort();
    simkit::ShingleOptions so;
    if (workload.size() > 5 && workload.compare(workload.size() - 5, 5, "-char") == 0) {
      so.unit = simkit::ShingleUnit::kChar;
      so.size = 5;
    }
    simkit::Shingler shingler;
    simkit::Shingles out;
    std::vector<uint32_t> sig(mo.num_perm);
    ns = best_ns_per_op(
             [&] {
               for (const auto d : docs) {
                 if (!shingler.shingle(d, so, out, false).is_ok()) std::abort();
                 hasher.sign(out.hashes.data(), out.hashes.size(), sig.data());
               }
               g_sink = g_sink + sig[0];
             },
             min_ms) /
         static_cast<double>(docs.size());
  } else {
    std::fprintf(stderr, "unknown workload %s\n", workload.c_str());
    return 2;
  }
  std::printf("{\"workload\":\"%s\",\"bytes\":%zu,\"nsPerOp\":%.3f}\n", workload.c_str(),
              data.size(), ns);
  return 0;
}
