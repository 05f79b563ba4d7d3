// `querverweis check` on one large entry: a Markdown body of N MB with a cross-link on every
// line ("… [Zoll](zoll) …"), as a careless export might produce. Reading and checking must grow
// linearly with N; Google Benchmark fits the complexity (BigO) over 1 to 16 MB.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "querverweis/Corpus.h"

namespace {

std::string largeEntry(std::size_t bytes) {
  static const std::string line =
      "Die Polizei im Quartier bietet Bürgersprechstunden an, der [Zoll](zoll) hilft mit.\n";
  std::string text = "---\ntitle: Groß\n---\n";
  while (text.size() < bytes) {
    text += line;
  }
  return text;
}

void checkLargeEntry(benchmark::State& state) {
  const std::size_t bytes = static_cast<std::size_t>(state.range(0)) << 20;
  const std::string text = largeEntry(bytes);
  std::vector<querverweis::Entry> entries{
      querverweis::parseMarkdownEntry("zoll", "---\ntitle: Zoll\n---\nDer Zoll.\n", "zoll.md")};
  for (auto _ : state) {
    entries.resize(1);
    entries.push_back(querverweis::parseMarkdownEntry("gross", text, "gross.md"));
    benchmark::DoNotOptimize(querverweis::checkCorpus(entries));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(checkLargeEntry)
    ->RangeMultiplier(2)
    ->Range(1, 16)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

}  // namespace
