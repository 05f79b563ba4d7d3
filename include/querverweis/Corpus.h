// Reading a corpus (format v1), checking it as an editor would, turning exported website pages
// into entries, and making slugs. A corpus is a folder of Markdown entries with optional YAML
// front matter, or one JSON Lines file:
//
//   std::vector<Entry> entries = readCorpus("corpus/praevention-kompakt");
//   slugFromTitle("Weißer Ring") == "weisser-ring"
//
// Every problem is reported with its file and line; nothing is skipped silently and no file is
// modified.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "querverweis/Entry.h"
#include "querverweis/Limits.h"

namespace querverweis {

struct CorpusReadOptions {
  // A larger entry (a Markdown file, a JSON line) is refused with its place and size,
  // "glossar/riesig.md:1: the entry has 70 MB, more than the 64 MB an entry may have"; a Markdown
  // file is measured before it is read.
  std::size_t maxEntryBytes = limits::kMaxEntryBytes;
};

// Entries sorted by slug. Throws Error (NotFound for a missing path, InvalidArgument listing
// every "file:line: problem" otherwise).
std::vector<Entry> readCorpus(const std::string& path, const CorpusReadOptions& options = {});

// One Markdown entry from text; `source` names it in messages. Throws Error(InvalidArgument).
Entry parseMarkdownEntry(const std::string& slug, const std::string& text,
                         const std::string& source, const CorpusReadOptions& options = {});

enum class Severity { Error, Warning };

struct CorpusProblem {
  Severity severity = Severity::Error;
  std::string file;
  std::size_t line = 0;  // 1-based; 0 when the problem concerns no particular line
  std::string message;
};

struct CorpusCheckOptions {
  // Bodies with fewer words (headings not counted) get a warning; a body without any word is an
  // error whatever this says.
  std::size_t minBodyWords = 40;
  CorpusReadOptions read;  // how checkCorpusAt reads the corpus
};

// What readCorpus accepts but a careful editor would still fix: duplicate titles and aliases,
// aliases that clash with titles, empty or very short bodies, explicit links to missing entries
// or to the entry itself. Sorted by file, then line.
std::vector<CorpusProblem> checkCorpus(const std::vector<Entry>& entries,
                                       const CorpusCheckOptions& options = {});

// Reads the corpus at `path` and checks it. What readCorpus rejects becomes Error problems; in a
// folder the files that do parse are still checked, so one run reports everything. Throws Error
// only when `path` is no corpus at all (missing, neither a folder nor a .jsonl file).
std::vector<CorpusProblem> checkCorpusAt(const std::string& path,
                                         const CorpusCheckOptions& options = {});

// "corpus/x.md:3: error: ..." (without ":3" for line 0).
std::string formatProblem(const CorpusProblem& problem);

struct ImportedEntry {
  std::string slug;      // slugFromTitle(title), the file name without ".md"
  std::string title;     // plain text, links flattened
  std::string markdown;  // the complete file: front matter, then body blocks
};

// Converts one page exported from the Prävention-kompakt website (plain text with Markdown
// links) into an entry file: the title, sections and lists are kept, placeholder links become
// plain text, site navigation is dropped. `sourceName` is used in error messages
// ("seite.txt:12: ..."). Throws Error(InvalidArgument) for an empty page, a page without a title
// line, or invalid UTF-8, naming the line.
ImportedEntry importExportedPage(std::string_view pageText, const std::string& sourceName);

// The file-name slug editors would write for a title: "Weißer Ring" → "weisser-ring",
// "A.C.A.B." → "acab", "K.-o.-Tropfen" → "k-o-tropfen". Lower-case ASCII [a-z0-9] words joined by
// single '-'; German umlauts and ß transliterated, other accents dropped. Throws
// Error(InvalidArgument) if the title is not valid UTF-8 or leaves an empty slug.
std::string slugFromTitle(std::string_view title);

}  // namespace querverweis
