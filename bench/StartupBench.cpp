// Start-up cost: Engine::open on an index of the bundled corpus (reads the entries and the
// index, and loads the word list /usr/share/dict/ngerman, the OpenThesaurus export and the
// compound splitter's statistics), the same on the 20,000-entry man-page index, and loading the
// thesaurus alone (default lower-casing key; the engine folds with its normalizer, which costs
// more). Few iterations: each open takes a large fraction of a second.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

#include "bench/BenchCorpora.h"
#include "engine/language/Thesaurus.h"

namespace {

using querverweis::bench::BenchIndex;

void engineOpen(benchmark::State& state, const BenchIndex& (*index)()) {
  if (querverweis::bench::engineOrSkip(index(), state) == nullptr) {
    return;
  }
  for (auto _ : state) {
    auto engine = querverweis::Engine::open(index().dir);
    benchmark::DoNotOptimize(engine);
  }
}

BENCHMARK_CAPTURE(engineOpen, bundled, &querverweis::bench::bundledIndex)
    ->Iterations(5)
    ->Unit(benchmark::kMillisecond);

BENCHMARK_CAPTURE(engineOpen, manpages20k, &querverweis::bench::manpageIndex)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

void thesaurusLoad(benchmark::State& state) {
  const std::string path = querverweis::LanguageDataPaths{}.thesaurus;
  if (!std::filesystem::exists(path)) {
    state.SkipWithError((path + " missing (package openthesaurus-de-text)").c_str());
    return;
  }
  for (auto _ : state) {
    querverweis::Thesaurus thesaurus;
    thesaurus.loadOpenThesaurus(path);
    benchmark::DoNotOptimize(thesaurus);
  }
}

BENCHMARK(thesaurusLoad)->Iterations(5)->Unit(benchmark::kMillisecond);

}  // namespace
