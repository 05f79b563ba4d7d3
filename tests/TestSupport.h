// Shared helpers for the test programs: temporary folders, the bundled corpus, one shared copy
// of the German language data (loading the word list once keeps the suites fast), and running
// the querverweis binary.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "analyzers/AnalyzedText.h"
#include "analyzers/GermanAnalyzer.h"
#include "analyzers/LanguageData.h"
#include "analyzers/LuceneSupport.h"
#include "querverweis/Engine.h"
#include "querverweis/Links.h"

#ifndef QV_SOURCE_DIR
#define QV_SOURCE_DIR "."
#endif
#ifndef QV_TEST_INDEXES
#define QV_TEST_INDEXES "test-indexes"
#endif

namespace querverweis::test {

// A fresh folder under the system temp directory, removed with everything in it.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }
  std::string file(const std::string& relative) const { return (path_ / relative).string(); }
  // Writes `content` to path()/relative, creating folders.
  void write(const std::string& relative, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

std::string sourcePath(const std::string& relative);
std::string bundledCorpus();

// Debian's word list plus nothing else, loaded once per test program.
std::shared_ptr<const LanguageData> sharedLanguage();

// The analyzer of a named configuration over sharedLanguage().
GermanAnalyzerPtr analyzerFor(const std::string& configName = "full");

// analyzeText with `analyzer`, as the engine hands it to the linker and the related box.
AnalyzeFunction analyzeWith(const GermanAnalyzerPtr& analyzer);

// An index of the bundled glossary with the default analysis, built once per ctest run (the
// build_test_indexes fixture) or, for a program run alone, once per process.
std::string bundledIndex();

// Indexes the Markdown files written under dir/corpus into dir/index and opens the result.
std::shared_ptr<const Engine> indexAndOpen(const TempDir& dir);

// The hits' slugs in rank order.
std::vector<std::string> slugs(const SearchResult& result);

// Head terms (first token of each position) of `text`, UTF-8.
std::vector<std::string> headTerms(const std::string& text, const std::string& config = "full");
// Every term of `text`, including parts and alternatives, UTF-8.
std::vector<std::string> allTerms(const std::string& text, const std::string& config = "full");

struct CommandResult {
  int exitCode = -1;
  std::string out;
  std::string err;
};
// Runs the querverweis binary with `args` (no shell) and collects its output.
CommandResult runQuerverweis(const std::vector<std::string>& args,
                             const std::string& stdinText = "");

}  // namespace querverweis::test

namespace querverweis {
// Readable names in test failure messages.
inline void PrintTo(LinkKind kind, std::ostream* out) {
  *out << linkKindName(kind);
}
}  // namespace querverweis
