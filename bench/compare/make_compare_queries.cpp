// make_compare_queries CORPUS.jsonl OUTPUT.tsv [--seed N]
// Writes the query set of the side-by-side benchmark (see QueryMix.h), one query per line as
// KIND<TAB>QUERY after '#' lines that say where the queries come from. The same corpus and seed
// always give the same file.
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include "bench/compare/CompareCorpus.h"
#include "bench/compare/CorpusWords.h"
#include "bench/compare/QueryMix.h"

namespace {

constexpr int kUsageError = 2;

int usage(std::string_view problem) {
  std::cerr << "make_compare_queries: " << problem
            << "\nusage: make_compare_queries CORPUS.jsonl OUTPUT.tsv [--seed N]\n";
  return kUsageError;
}

void writeQueries(const std::string& corpusPath, const std::string& outputPath,
                  const querverweis::bench::QueryMixOptions& options) {
  const auto pages = querverweis::bench::readPageEntries(corpusPath);
  const querverweis::bench::CorpusWords words(pages);
  const auto queries = querverweis::bench::makeQueryMix(words, options);
  std::ofstream out(outputPath, std::ios::binary | std::ios::trunc);
  out << "# Queries of the side-by-side benchmark (bench/compare), one per line: KIND<TAB>QUERY.\n"
      << "# Made by make_compare_queries from the words of "
      << std::filesystem::path(corpusPath).filename().string() << " (" << pages.size()
      << " rendered German man pages of manpages-de), seed " << options.seed
      << ". Kinds: see bench/compare/QueryMix.h.\n";
  std::map<std::string, std::size_t> perKind;
  for (const auto& query : queries) {
    out << query.kind << '\t' << query.text << '\n';
    ++perKind[query.kind];
  }
  if (!out.flush()) {
    throw std::runtime_error(outputPath + ": cannot write");
  }
  std::cerr << "make_compare_queries: " << queries.size() << " queries (" << words.nouns().size()
            << " nouns in the corpus):";
  for (const auto& [kind, count] : perKind) {
    std::cerr << " " << kind << " " << count;
  }
  std::cerr << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  querverweis::bench::QueryMixOptions options;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--seed" && i + 1 < argc) {
      const std::string_view value = argv[++i];
      auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), options.seed);
      if (error != std::errc() || end != value.data() + value.size()) {
        return usage("--seed needs a whole number");
      }
    } else if (arg.starts_with("--")) {
      return usage("unexpected argument '" + std::string(arg) + "'");
    } else {
      positional.emplace_back(arg);
    }
  }
  if (positional.size() != 2) {
    return usage("need CORPUS.jsonl and OUTPUT.tsv");
  }
  try {
    writeQueries(positional[0], positional[1], options);
  } catch (const std::exception& e) {
    std::cerr << "make_compare_queries: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
