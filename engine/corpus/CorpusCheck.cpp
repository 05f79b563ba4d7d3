#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

#include "analyzers/text/CaseFolding.h"
#include "analyzers/text/Utf8.h"
#include "analyzers/text/Words.h"
#include "engine/boundary/Boundary.h"
#include "engine/corpus/CorpusFiles.h"
#include "engine/corpus/EntryLocator.h"
#include "engine/corpus/MarkdownBody.h"
#include "querverweis/Corpus.h"
#include "querverweis/Error.h"

namespace querverweis {

namespace fs = std::filesystem;

namespace {

// Trimmed, inner whitespace runs collapsed, lower-cased: " Weißer  RING" → "weißer ring".
std::string comparisonKey(std::string_view text) {
  std::string key;
  bool pendingSpace = false;
  for (std::size_t i = 0; i < text.size();) {
    DecodedCodePoint cp = decodeAt(text, i);
    i += cp.length;
    if (isSpaceCodePoint(cp.value)) {
      pendingSpace = !key.empty();
      continue;
    }
    if (pendingSpace) {
      key += ' ';
      pendingSpace = false;
    }
    appendUtf8(key, lowerCase(cp.value));
  }
  return key;
}

// Whitespace-separated tokens holding a letter or digit ("E-Mail" is one word, "–" none);
// headings are left out, so a body that is only "# Zoll" counts as empty.
std::size_t countBodyWords(const std::string& body) {
  MarkdownBody parsed = parseMarkdownBody(body);
  std::string plain = std::move(parsed.plain);
  for (const auto& [begin, end] : parsed.headingRanges) {
    std::fill(plain.begin() + static_cast<std::ptrdiff_t>(begin),
              plain.begin() + static_cast<std::ptrdiff_t>(std::min(end, plain.size())), ' ');
  }
  std::size_t words = 0;
  bool inToken = false;
  bool tokenIsWord = false;
  for (std::size_t i = 0; i <= plain.size();) {
    DecodedCodePoint cp = i < plain.size() ? decodeAt(plain, i) : DecodedCodePoint{U' ', 1, true};
    i += cp.length;
    if (isSpaceCodePoint(cp.value)) {
      words += (inToken && tokenIsWord) ? 1 : 0;
      inToken = tokenIsWord = false;
    } else {
      inToken = true;
      tokenIsWord = tokenIsWord || isWordChar(cp.value);
    }
  }
  return words;
}

// ---- the checks// ---- the checks
// ----------------------------------------------------------------------------

class Checker {
 public:
  Checker(const std::vector<Entry>& entries, std::set<std::string> knownSlugs,
          const CorpusCheckOptions& options)
      : entries_(entries), knownSlugs_(std::move(knownSlugs)), options_(options) {
    for (const Entry& entry : entries_) {
      locators_.emplace_back(entry);
      knownSlugs_.insert(entry.slug);
    }
  }

  std::vector<CorpusProblem> run() {
    checkTitles();
    checkAliases();
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      checkBody(i);
      checkLinks(i);
    }
    return std::move(problems_);
  }

 private:
  void add(Severity severity, std::size_t entry, std::size_t line, std::string message) {
    problems_.push_back({severity, locators_[entry].file(), line, std::move(message)});
  }

  std::string describe(std::size_t entry) {
    return "'" + entries_[entry].slug + "' (" + locators_[entry].titleLocation() + ")";
  }

  // The first entry in corpus order keeps its title; every later one is reported.
  void checkTitles() {
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      auto [it, inserted] = titleOwner_.emplace(comparisonKey(entries_[i].title), i);
      if (!inserted) {
        add(Severity::Error, i, locators_[i].titleLine(),
            "duplicate title '" + entries_[i].title + "' (also the title of " +
                describe(it->second) + ")");
      }
    }
  }

  void checkAliases() {
    std::map<std::string, std::size_t> aliasOwner;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      const Entry& entry = entries_[i];
      std::string ownTitle = comparisonKey(entry.title);
      std::set<std::string> seenHere;
      for (std::size_t a = 0; a < entry.aliases.size(); ++a) {
        const std::string& alias = entry.aliases[a];
        std::string key = comparisonKey(alias);
        std::size_t line = locators_[i].aliasLine(a);
        if (!seenHere.insert(key).second) {
          add(Severity::Warning, i, line, "alias '" + alias + "' is repeated in this entry");
          continue;
        }
        if (key == ownTitle) {
          add(Severity::Warning, i, line, "alias '" + alias + "' is the entry's own title");
          continue;
        }
        if (auto title = titleOwner_.find(key); title != titleOwner_.end()) {
          add(Severity::Error, i, line,
              "alias '" + alias + "' is the title of entry " + describe(title->second));
        }
        auto [owner, inserted] = aliasOwner.emplace(key, i);
        if (!inserted) {
          add(Severity::Error, i, line,
              "alias '" + alias + "' is also an alias of entry '" + entries_[owner->second].slug +
                  "' (" + locators_[owner->second].file() + ")");
        }
      }
    }
  }

  void checkBody(std::size_t i) {
    const Entry& entry = entries_[i];
    std::size_t words = countBodyWords(entry.body);
    std::size_t line = locators_[i].bodyLine(0);
    if (words == 0) {
      add(Severity::Error, i, line, "empty body");
    } else if (words < options_.minBodyWords) {
      add(Severity::Warning, i, line,
          "very short body (" + std::to_string(words) + " words, expected at least " +
              std::to_string(options_.minBodyWords) + ")");
    }
  }

  void checkLinks(std::size_t i) {
    const Entry& entry = entries_[i];
    for (const ExplicitLink& link : entry.links) {
      std::size_t line = locators_[i].bodyLine(link.begin);
      std::string written = "[" + link.text + "](" + link.target + ")";
      if (link.target == entry.slug) {
        add(Severity::Warning, i, line, "link " + written + " points to the entry itself");
      } else if (knownSlugs_.count(link.target) == 0) {
        add(Severity::Error, i, line,
            "link " + written + " points to a missing entry '" + link.target + "'");
      }
    }
  }

  const std::vector<Entry>& entries_;
  std::set<std::string> knownSlugs_;
  const CorpusCheckOptions& options_;
  std::vector<EntryLocator> locators_;
  std::map<std::string, std::size_t> titleOwner_;
  std::vector<CorpusProblem> problems_;
};

void sortProblems(std::vector<CorpusProblem>& problems) {
  std::stable_sort(
      problems.begin(), problems.end(), [](const CorpusProblem& a, const CorpusProblem& b) {
        return std::tie(a.file, a.line, a.severity) < std::tie(b.file, b.line, b.severity);
      });
}

std::vector<CorpusProblem> checkWithKnownSlugs(const std::vector<Entry>& entries,
                                               std::set<std::string> knownSlugs,
                                               const CorpusCheckOptions& options) {
  std::vector<CorpusProblem> problems = Checker(entries, std::move(knownSlugs), options).run();
  sortProblems(problems);
  return problems;
}

// ---- when readCorpus refuses ---------------------------------------------------------------

// readCorpus joins "file:line: message" lines; `fallbackFile` names lines without a location.
std::vector<CorpusProblem> readerProblems(const std::string& joined,
                                          const std::string& fallbackFile) {
  static const std::regex located(R"(^(.+?):(\d{1,9}): (.*)$)");
  std::vector<CorpusProblem> problems;
  std::istringstream lines(joined);
  std::string line;
  while (std::getline(lines, line)) {
    std::smatch match;
    if (std::regex_match(line, match, located)) {
      problems.push_back({Severity::Error, match[1], std::stoul(match[2]), match[3]});
    } else if (line.starts_with(fallbackFile + ": ")) {
      problems.push_back({Severity::Error, fallbackFile, 0, line.substr(fallbackFile.size() + 2)});
    } else if (!line.empty()) {
      problems.push_back({Severity::Error, fallbackFile, 0, line});
    }
  }
  return problems;
}

// The entries of a Markdown corpus that parse on their own (the first of a duplicate slug, as
// readCorpus keeps it), and the slugs of all files, so links to a broken entry are not "missing".
std::vector<Entry> readableEntries(const fs::path& root, const CorpusReadOptions& options,
                                   std::set<std::string>& allSlugs) {
  std::vector<Entry> entries;
  for (const fs::path file : corpusFiles(root.string())) {
    std::string slug = file.stem().string();
    if (!allSlugs.insert(slug).second) {
      continue;
    }
    try {
      entries.push_back(parseMarkdownEntry(
          slug, readEntryFile(file.string(), options.maxEntryBytes), file.string(), options));
    } catch (const Error&) {
      // Already among the reader's problems.
    }
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.slug < b.slug; });
  return entries;
}

}  // namespace

static std::vector<CorpusProblem> checkCorpusUnguarded(const std::vector<Entry>& entries,
                                                       const CorpusCheckOptions& options) {
  return checkWithKnownSlugs(entries, {}, options);
}

std::vector<CorpusProblem> checkCorpus(const std::vector<Entry>& entries,
                                       const CorpusCheckOptions& options) {
  return guarded("check", [&] { return checkCorpusUnguarded(entries, options); });
}

static std::vector<CorpusProblem> checkCorpusAtUnguarded(const std::string& path,
                                                         const CorpusCheckOptions& options) {
  std::vector<Entry> entries;
  try {
    entries = readCorpus(path, options.read);
  } catch (const Error& e) {
    std::error_code ec;
    bool isDirectory = fs::is_directory(path, ec);
    bool isCorpus = isDirectory || fs::path(path).extension() == ".jsonl";
    if (e.kind() != ErrorKind::InvalidArgument || !isCorpus) {
      throw;
    }
    std::vector<CorpusProblem> problems = readerProblems(e.what(), path);
    // A broken line of a .jsonl file cannot be parsed apart from the others: only the reader's
    // problems are reported then.
    if (isDirectory) {
      std::set<std::string> allSlugs;
      std::vector<Entry> readable = readableEntries(path, options.read, allSlugs);
      std::vector<CorpusProblem> more = checkWithKnownSlugs(readable, std::move(allSlugs), options);
      problems.insert(problems.end(), more.begin(), more.end());
    }
    sortProblems(problems);
    return problems;
  }
  return checkCorpus(entries, options);
}

std::vector<CorpusProblem> checkCorpusAt(const std::string& path,
                                         const CorpusCheckOptions& options) {
  return guarded("check " + path, [&] { return checkCorpusAtUnguarded(path, options); });
}

std::string formatProblem(const CorpusProblem& problem) {
  std::string location = problem.file;
  if (problem.line > 0) {
    location += ":" + std::to_string(problem.line);
  }
  const char* severity = problem.severity == Severity::Error ? "error" : "warning";
  return location + ": " + severity + ": " + problem.message;
}

}  // namespace querverweis
