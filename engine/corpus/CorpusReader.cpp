#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "analyzers/text/Utf8.h"
#include "engine/boundary/Boundary.h"
#include "engine/corpus/CorpusFiles.h"
#include "engine/corpus/FrontMatter.h"
#include "engine/corpus/MarkdownBody.h"
#include "querverweis/Corpus.h"
#include "querverweis/Error.h"
#include "querverweis/Limits.h"

namespace querverweis {

namespace fs = std::filesystem;

namespace {

class Problems {
 public:
  void add(const std::string& message) { messages_.push_back(message); }
  void addFrom(const Error& error) { add(error.what()); }
  void throwIfAny() const {
    if (messages_.empty()) {
      return;
    }
    std::string joined;
    for (const std::string& message : messages_) {
      joined += (joined.empty() ? "" : "\n") + message;
    }
    throw Error(ErrorKind::InvalidArgument, joined);
  }

 private:
  std::vector<std::string> messages_;
};

[[noreturn]] void fail(const std::string& source, std::size_t line, const std::string& what) {
  throw Error(ErrorKind::InvalidArgument, source + ":" + std::to_string(line) + ": " + what);
}

void checkUtf8(const std::string& text, const std::string& source) {
  if (auto bad = firstInvalidUtf8(text)) {
    fail(source, lineOfOffset(text, *bad), "invalid UTF-8");
  }
}

std::string firstLevelOneHeading(std::string_view body) {
  std::size_t lineStart = 0;
  while (lineStart < body.size()) {
    std::size_t lineEnd = std::min(body.find('\n', lineStart), body.size());
    std::string_view line = body.substr(lineStart, lineEnd - lineStart);
    if (line.size() > 2 && line.substr(0, 2) == "# ") {
      std::string title(line.substr(2));
      while (!title.empty() && (title.back() == ' ' || title.back() == '\r')) {
        title.pop_back();
      }
      return title;
    }
    lineStart = lineEnd + 1;
  }
  return "";
}

void fillBody(Entry& entry, std::string body) {
  entry.body = std::move(body);
  MarkdownBody parsed = parseMarkdownBody(entry.body);
  entry.plainBody = std::move(parsed.plain);
  entry.sections = std::move(parsed.sections);
  entry.links = std::move(parsed.links);
}

void requireTitle(Entry& entry, const std::string& source) {
  if (entry.title.empty()) {
    entry.title = firstLevelOneHeading(entry.body);
  }
  if (entry.title.empty()) {
    fail(source, 1, "no title: give front matter 'title' or a '# ' heading");
  }
}

Entry readJsonLine(const std::string& line, const std::string& source) {
  nlohmann::json object;
  try {
    object = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(ErrorKind::InvalidArgument, source + ": invalid JSON: " + e.what());
  }
  if (!object.is_object()) {
    throw Error(ErrorKind::InvalidArgument, source + ": each line must be a JSON object");
  }
  auto text = [&](const char* key, bool required) -> std::string {
    if (!object.contains(key)) {
      if (required) {
        throw Error(ErrorKind::InvalidArgument, source + ": missing \"" + key + "\"");
      }
      return "";
    }
    if (!object[key].is_string()) {
      throw Error(ErrorKind::InvalidArgument, source + ": \"" + key + "\" must be a string");
    }
    return object[key].get<std::string>();
  };
  auto list = [&](const char* key) {
    std::vector<std::string> values;
    if (!object.contains(key)) {
      return values;
    }
    const nlohmann::json& array = object[key];
    if (!array.is_array() ||
        !std::all_of(array.begin(), array.end(), [](const auto& v) { return v.is_string(); })) {
      throw Error(ErrorKind::InvalidArgument,
                  source + ": \"" + key + "\" must be a list of strings");
    }
    for (const auto& value : array) {
      values.push_back(value.get<std::string>());
    }
    return values;
  };
  Entry entry;
  entry.slug = text("slug", true);
  if (!looksLikeSlug(entry.slug)) {
    throw Error(ErrorKind::InvalidArgument,
                source + ": slug '" + entry.slug + "' must use only a-z, 0-9 and inner '-'");
  }
  entry.title = text("title", false);
  entry.aliases = list("aliases");
  entry.tags = list("tags");
  entry.source = source;
  fillBody(entry, text("body", false));
  requireTitle(entry, source);
  return entry;
}

void addUnique(std::vector<Entry>& entries, Entry entry, std::map<std::string, std::string>& seen,
               Problems& problems) {
  auto [it, inserted] = seen.emplace(entry.slug, entry.source);
  if (!inserted) {
    problems.add(entry.source + ":1: duplicate slug '" + entry.slug + "' (also " + it->second +
                 ")");
    return;
  }
  entries.push_back(std::move(entry));
}

std::vector<Entry> readJsonLines(const fs::path& path, const CorpusReadOptions& options) {
  std::string content = readTextFile(path.string());
  std::vector<Entry> entries;
  std::map<std::string, std::string> seen;
  Problems problems;
  std::istringstream lines(content);
  std::string line;
  std::size_t number = 0;
  while (std::getline(lines, line)) {
    ++number;
    std::string source = path.string() + ":" + std::to_string(number);
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      continue;
    }
    try {
      checkEntrySize(line.size(), options.maxEntryBytes, source);
      if (firstInvalidUtf8(line)) {
        throw Error(ErrorKind::InvalidArgument, source + ": invalid UTF-8");
      }
      addUnique(entries, readJsonLine(line, source), seen, problems);
    } catch (const Error& e) {
      problems.addFrom(e);
    }
  }
  problems.throwIfAny();
  return entries;
}

std::vector<Entry> readMarkdownDirectory(const fs::path& root, const CorpusReadOptions& options) {
  std::vector<Entry> entries;
  std::map<std::string, std::string> seen;
  Problems problems;
  for (const fs::path file : corpusFiles(root.string())) {
    try {
      addUnique(entries,
                parseMarkdownEntry(file.stem().string(),
                                   readEntryFile(file.string(), options.maxEntryBytes),
                                   file.string(), options),
                seen, problems);
    } catch (const Error& e) {
      problems.addFrom(e);
    }
  }
  problems.throwIfAny();
  return entries;
}

}  // namespace

static Entry parseMarkdownEntryUnguarded(const std::string& slug, const std::string& text,
                                         const std::string& source,
                                         const CorpusReadOptions& options) {
  checkEntrySize(text.size(), options.maxEntryBytes, source + ":1");
  checkUtf8(text, source);
  if (!looksLikeSlug(slug)) {
    fail(source, 1, "file name '" + slug + "' is not a slug (use a-z, 0-9 and inner '-')");
  }
  Entry entry;
  entry.slug = slug;
  entry.source = source;
  std::size_t bodyStart = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  if (std::optional<FrontMatterSpan> span = findFrontMatter(text, source)) {
    readFrontMatter(text.substr(span->yamlBegin, span->yamlEnd - span->yamlBegin), source, entry);
    bodyStart = span->bodyBegin;
  }
  entry.firstBodyLine = lineOfOffset(text, bodyStart);
  fillBody(entry, text.substr(bodyStart));
  requireTitle(entry, source);
  return entry;
}

Entry parseMarkdownEntry(const std::string& slug, const std::string& text,
                         const std::string& source, const CorpusReadOptions& options) {
  return guarded("read " + source,
                 [&] { return parseMarkdownEntryUnguarded(slug, text, source, options); });
}

static std::vector<Entry> readCorpusUnguarded(const std::string& path,
                                              const CorpusReadOptions& options) {
  fs::path root(path);
  std::error_code ec;
  if (!fs::exists(root, ec)) {
    throw Error(ErrorKind::NotFound, path + ": no such corpus file or directory");
  }
  std::vector<Entry> entries;
  if (fs::is_directory(root)) {
    entries = readMarkdownDirectory(root, options);
  } else if (root.extension() == ".jsonl") {
    entries = readJsonLines(root, options);
  } else {
    throw Error(ErrorKind::InvalidArgument,
                path + ": a corpus is a directory of .md files or a .jsonl file");
  }
  if (entries.empty()) {
    throw Error(ErrorKind::InvalidArgument,
                path +
                    ": no entries (a corpus is a folder of .md files or a .jsonl file with one "
                    "entry per line)");
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.slug < b.slug; });
  return entries;
}

std::vector<Entry> readCorpus(const std::string& path, const CorpusReadOptions& options) {
  return guarded("read corpus " + path, [&] { return readCorpusUnguarded(path, options); });
}

}  // namespace querverweis
