// Reads a corpus in format v1: a directory whose *.md files are entries (optional YAML front
// matter with title, aliases, tags), or one JSON Lines file. Every problem is reported with its
// file and line, all of them at once; nothing is skipped silently and no file is modified.
#pragma once

#include <string>
#include <vector>

#include "engine/Entry.h"

namespace querverweis {

// Entries sorted by slug. Throws Error (NotFound for a missing path, InvalidArgument listing
// every "file:line: problem" otherwise).
std::vector<Entry> readCorpus(const std::string& path);

// The entry files (*.md, recursively) of a corpus directory, sorted.
std::vector<std::string> corpusFiles(const std::string& directory);

// One Markdown entry from text; `source` names it in messages. Throws Error(InvalidArgument).
Entry parseMarkdownEntry(const std::string& slug, const std::string& text,
                         const std::string& source);

}  // namespace querverweis
