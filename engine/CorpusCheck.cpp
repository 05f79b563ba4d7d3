#include "engine/CorpusCheck.h"

#include <yaml-cpp/yaml.h>

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

#include "analyzers/Utf8Codec.h"
#include "engine/CorpusReader.h"
#include "engine/Error.h"
#include "engine/MarkdownBody.h"

namespace querverweis {

namespace fs = std::filesystem;

namespace {

// ---- UTF-8 and comparison keys ---------------------------------------------------------------

struct CodePoint {
  std::uint32_t value;
  std::size_t length;
};

// Lenient: checkCorpus also takes entries built in memory, so a stray byte counts as itself.
CodePoint decodeAt(std::string_view text, std::size_t i) {
  auto byte = static_cast<std::uint8_t>(text[i]);
  std::size_t length = byte < 0x80 ? 1 : (byte & 0xE0) == 0xC0 ? 2 : (byte & 0xF0) == 0xE0 ? 3 : 4;
  if (byte < 0x80 || (byte & 0xC0) == 0x80 || byte >= 0xF8 || i + length > text.size()) {
    return {byte, 1};
  }
  std::uint32_t value = byte & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    value = (value << 6) | (static_cast<std::uint8_t>(text[i + k]) & 0x3F);
  }
  return {value, length};
}

// Hand-written because the engine's Unicode-aware lower-casing lives in the Lucene++ analysis
// chain; titles and aliases are Latin script, so Latin-1 and Latin Extended-A cover them.
std::uint32_t lowerLatin(std::uint32_t cp) {
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) {
    return cp + 0x20;
  }
  bool evenUpper = (cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177);
  bool oddUpper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  if ((evenUpper && cp % 2 == 0) || (oddUpper && cp % 2 == 1)) {
    return cp + 1;
  }
  if (cp == 0x178) {
    return 0xFF;  // Ÿ
  }
  if (cp == 0x1E9E) {
    return 0xDF;  // ẞ
  }
  return cp;
}

bool isSpace(std::uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0;
}

// Trimmed, inner whitespace runs collapsed, lower-cased: " Weißer  RING" → "weißer ring".
std::string comparisonKey(std::string_view text) {
  std::string key;
  bool pendingSpace = false;
  for (std::size_t i = 0; i < text.size();) {
    CodePoint cp = decodeAt(text, i);
    i += cp.length;
    if (isSpace(cp.value)) {
      pendingSpace = !key.empty();
      continue;
    }
    if (pendingSpace) {
      key += ' ';
      pendingSpace = false;
    }
    appendUtf8(key, static_cast<char32_t>(lowerLatin(cp.value)));
  }
  return key;
}

bool isWordCharacter(std::uint32_t cp) {
  bool asciiAlnum =
      (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  bool punctuationOrSymbol = cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF);
  return asciiAlnum || (cp >= 0xC0 && !punctuationOrSymbol);
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
    CodePoint cp = i < plain.size() ? decodeAt(plain, i) : CodePoint{' ', 1};
    i += cp.length;
    if (isSpace(cp.value)) {
      words += (inToken && tokenIsWord) ? 1 : 0;
      inToken = tokenIsWord = false;
    } else {
      inToken = true;
      tokenIsWord = tokenIsWord || isWordCharacter(cp.value);
    }
  }
  return words;
}

std::size_t newlinesBefore(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

// ---- where an entry's parts are written ---------------------------------------------------

std::optional<std::string> readWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Lines of the front matter keys, found again because Entry keeps only their values.
struct FrontMatterLines {
  std::size_t title = 0;
  std::size_t aliasesKey = 0;
  std::vector<std::size_t> aliases;  // one per list item, in order
};

std::optional<std::string> frontMatterYaml(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  }
  if (text.substr(0, 4) != "---\n" && text.substr(0, 5) != "---\r\n") {
    return std::nullopt;
  }
  std::size_t lineStart = text.find('\n') + 1;
  while (lineStart < text.size()) {
    std::size_t lineEnd = std::min(text.find('\n', lineStart), text.size());
    std::string_view line = text.substr(lineStart, lineEnd - lineStart);
    if (line == "---" || line == "---\r") {
      std::size_t yamlStart = text.find('\n') + 1;
      return std::string(text.substr(yamlStart, lineStart - yamlStart));
    }
    lineStart = lineEnd + 1;
  }
  return std::nullopt;
}

FrontMatterLines locateFrontMatter(const std::string& path) {
  FrontMatterLines lines;
  std::optional<std::string> text = readWholeFile(path);
  std::optional<std::string> yaml = text ? frontMatterYaml(*text) : std::nullopt;
  if (!yaml) {
    return lines;
  }
  // The YAML starts on line 2 of the file; yaml-cpp counts lines from 0.
  auto lineOf = [](const YAML::Node& node) {
    return static_cast<std::size_t>(node.Mark().line) + 2;
  };
  try {
    YAML::Node root = YAML::Load(*yaml);
    if (!root.IsMap()) {
      return lines;
    }
    if (YAML::Node title = root["title"]) {
      lines.title = lineOf(title);
    }
    if (YAML::Node aliases = root["aliases"]) {
      lines.aliasesKey = lineOf(aliases);
      if (aliases.IsSequence()) {
        for (const YAML::Node& item : aliases) {
          lines.aliases.push_back(lineOf(item));
        }
      }
    }
  } catch (const YAML::Exception&) {
    // The file changed since it was read, or never parsed: callers fall back to line 1.
  }
  return lines;
}

// An entry of a .jsonl corpus has the source "path:line"; a Markdown entry is the whole file.
struct Origin {
  std::string file;
  std::size_t jsonLine = 0;
};

Origin originOf(const std::string& source) {
  std::size_t colon = source.rfind(':');
  if (colon != std::string::npos && colon > 0 && colon + 1 < source.size() &&
      source.size() - colon <= 10 &&
      source.find_first_not_of("0123456789", colon + 1) == std::string::npos) {
    return {source.substr(0, colon), std::stoul(source.substr(colon + 1))};
  }
  return {source, 0};
}

class EntryLocator {
 public:
  explicit EntryLocator(const Entry& entry) : entry_(entry), origin_(originOf(entry.source)) {}

  const std::string& file() const { return origin_.file; }

  std::size_t titleLine() {
    if (origin_.jsonLine > 0) {
      return origin_.jsonLine;
    }
    if (std::size_t line = frontMatter().title) {
      return line;
    }
    return headingLine().value_or(1);
  }

  std::size_t aliasLine(std::size_t index) {
    if (origin_.jsonLine > 0) {
      return origin_.jsonLine;
    }
    const FrontMatterLines& lines = frontMatter();
    if (index < lines.aliases.size()) {
      return lines.aliases[index];
    }
    return lines.aliasesKey > 0 ? lines.aliasesKey : 1;
  }

  std::size_t bodyLine(std::size_t offset) const {
    return origin_.jsonLine > 0 ? origin_.jsonLine
                                : entry_.firstBodyLine + newlinesBefore(entry_.body, offset);
  }

  std::string titleLocation() { return file() + ":" + std::to_string(titleLine()); }

 private:
  const FrontMatterLines& frontMatter() {
    if (!frontMatter_) {
      frontMatter_ = locateFrontMatter(origin_.file);
    }
    return *frontMatter_;
  }

  // Without a front matter title the reader takes the first "# " heading.
  std::optional<std::size_t> headingLine() const {
    std::string_view body = entry_.body;
    for (std::size_t lineStart = 0; lineStart < body.size();) {
      if (body.substr(lineStart, 2) == "# ") {
        return bodyLine(lineStart);
      }
      std::size_t lineEnd = body.find('\n', lineStart);
      lineStart = lineEnd == std::string_view::npos ? body.size() : lineEnd + 1;
    }
    return std::nullopt;
  }

  const Entry& entry_;
  Origin origin_;
  std::optional<FrontMatterLines> frontMatter_;
};

// ---- the checks ----------------------------------------------------------------------------

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
    } else if (!line.empty()) {
      problems.push_back({Severity::Error, fallbackFile, 0, line});
    }
  }
  return problems;
}

// The entries of a Markdown corpus that parse on their own (the first of a duplicate slug, as
// readCorpus keeps it), and the slugs of all files, so links to a broken entry are not "missing".
std::vector<Entry> readableEntries(const fs::path& root, std::set<std::string>& allSlugs) {
  std::vector<Entry> entries;
  for (const fs::path file : corpusFiles(root.string())) {
    std::string slug = file.stem().string();
    if (!allSlugs.insert(slug).second) {
      continue;
    }
    std::optional<std::string> text = readWholeFile(file.string());
    if (!text) {
      continue;
    }
    try {
      entries.push_back(parseMarkdownEntry(slug, *text, file.string()));
    } catch (const Error&) {
      // Already among the reader's problems.
    }
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.slug < b.slug; });
  return entries;
}

}  // namespace

std::vector<CorpusProblem> checkCorpus(const std::vector<Entry>& entries,
                                       const CorpusCheckOptions& options) {
  return checkWithKnownSlugs(entries, {}, options);
}

std::vector<CorpusProblem> checkCorpusAt(const std::string& path,
                                         const CorpusCheckOptions& options) {
  std::vector<Entry> entries;
  try {
    entries = readCorpus(path);
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
      std::vector<Entry> readable = readableEntries(path, allSlugs);
      std::vector<CorpusProblem> more = checkWithKnownSlugs(readable, std::move(allSlugs), options);
      problems.insert(problems.end(), more.begin(), more.end());
    }
    sortProblems(problems);
    return problems;
  }
  return checkCorpus(entries, options);
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
