// The corpus of the side-by-side benchmark as both drivers and the query generator see it: one
// JSON Lines file in corpus format v1, one man page per line, e.g.
//   {"slug":"ls-1","title":"ls","aliases":[],"tags":[],"body":"## BESCHREIBUNG\n\nAuflistung …"}
// Reading here does not use the engine's CorpusReader, so the Xapian driver and the query
// generator depend on nothing of querverweis.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace querverweis::bench {

struct PageEntry {
  std::string slug;
  std::string title;
  std::string body;  // Markdown: "## " headings and paragraphs separated by blank lines
};

// Every line of a JSON Lines corpus, in file order. Throws std::runtime_error naming the file and
// line if the file cannot be read or a line is not an object with string slug, title and body.
std::vector<PageEntry> readPageEntries(const std::string& path);

// Writes one line {"slug","title","aliases":[],"tags":[],"body"}. Invalid UTF-8 is replaced by
// U+FFFD so that every line the file gets is one the engine's reader accepts.
void writePageEntry(std::ostream& out, const PageEntry& entry);

// Bytes of text an engine indexes for these entries: titles plus bodies (the MB of "MB/s").
std::size_t textBytes(const std::vector<PageEntry>& entries);

}  // namespace querverweis::bench
