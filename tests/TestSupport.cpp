#include "TestSupport.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "analyzers/text/Utf8.h"
#include "querverweis/Corpus.h"
#include "querverweis/Index.h"

namespace querverweis::test {

namespace fs = std::filesystem;

TempDir::TempDir() {
  std::random_device random;
  path_ = fs::temp_directory_path() / ("querverweis-test-" + std::to_string(random()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

void TempDir::write(const std::string& relative, const std::string& content) const {
  fs::path file = path_ / relative;
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << content;
}

std::string sourcePath(const std::string& relative) {
  return std::string(QV_SOURCE_DIR) + "/" + relative;
}

std::string bundledCorpus() {
  return sourcePath("corpus/praevention-kompakt");
}

std::shared_ptr<const LanguageData> sharedLanguage() {
  static std::shared_ptr<const LanguageData> language =
      std::make_shared<const LanguageData>(LanguageDataOptions{});
  return language;
}

GermanAnalyzerPtr analyzerFor(const std::string& configName) {
  return Lucene::newLucene<GermanAnalyzer>(analysisConfigByName(configName), sharedLanguage());
}

AnalyzeFunction analyzeWith(const GermanAnalyzerPtr& analyzer) {
  Lucene::AnalyzerPtr chain = analyzer;
  return [chain](std::string_view text) { return analyzeText(chain, text); };
}

std::string bundledIndex() {
  static const std::string path = [] {
    const std::string shared = std::string(QV_TEST_INDEXES) + "/bundled";
    if (fs::exists(shared + "/CURRENT")) {
      return shared;
    }
    static TempDir own;  // a program run outside ctest builds its own
    writeIndex(readCorpus(bundledCorpus()), own.str(), {});
    return own.str();
  }();
  return path;
}

std::shared_ptr<const Engine> indexAndOpen(const TempDir& dir) {
  writeIndex(readCorpus(dir.file("corpus")), dir.file("index"), {});
  return Engine::open(dir.file("index"));
}

std::vector<std::string> slugs(const SearchResult& result) {
  std::vector<std::string> out;
  for (const SearchHit& hit : result.hits) {
    out.push_back(hit.slug);
  }
  return out;
}

std::vector<std::string> headTerms(const std::string& text, const std::string& config) {
  std::vector<std::string> terms;
  int last = -1;
  for (const AnalyzedToken& token : analyzeText(analyzerFor(config), text)) {
    if (token.position != last) {
      terms.push_back(toUtf8(token.term));
      last = token.position;
    }
  }
  return terms;
}

std::vector<std::string> allTerms(const std::string& text, const std::string& config) {
  std::vector<std::string> terms;
  for (const AnalyzedToken& token : analyzeText(analyzerFor(config), text)) {
    terms.push_back(toUtf8(token.term));
  }
  return terms;
}

namespace {

std::string drain(int fd) {
  std::string data;
  char buffer[4096];
  ssize_t n;
  while ((n = ::read(fd, buffer, sizeof(buffer))) > 0) {
    data.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return data;
}

}  // namespace

CommandResult runQuerverweis(const std::vector<std::string>& args, const std::string& stdinText) {
  ::signal(SIGPIPE, SIG_IGN);  // the child may exit before reading all of its input
  int in[2], out[2], err[2];
  if (::pipe(in) != 0 || ::pipe(out) != 0 || ::pipe(err) != 0) {
    return {};
  }
  pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(in[0], 0);
    ::dup2(out[1], 1);
    ::dup2(err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) {
      ::close(fd);
    }
    std::vector<char*> argv;
    std::string binary = QV_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copies = args;
    for (std::string& arg : copies) {
      argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  ::close(err[1]);
  std::thread feeder([&] {
    ssize_t ignored = ::write(in[1], stdinText.data(), stdinText.size());
    (void)ignored;
    ::close(in[1]);
  });
  CommandResult result;
  std::thread errReader([&] { result.err = drain(err[0]); });
  result.out = drain(out[0]);
  errReader.join();
  feeder.join();
  int status = 0;
  ::waitpid(pid, &status, 0);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace querverweis::test
