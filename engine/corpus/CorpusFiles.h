// The files of a corpus folder and reading them whole: corpus/praevention-kompakt holds
// buergersprechstunde.md, enkeltrick.md, … Failures name the path.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace querverweis {

// The entry files (*.md, recursively) of a corpus folder, sorted. Throws Error(Io) naming the
// folder when it cannot be listed.
std::vector<std::string> corpusFiles(const std::string& directory);

// The whole file as bytes. Throws Error(Io) "PATH: cannot read file" when it cannot be read.
std::string readTextFile(const std::string& path);

// One entry file whole, refused before it is read when it has more than `maxBytes`: throws
// Error(InvalidArgument) "PATH:1: the entry has 70 MB, more than the 64 MB an entry may have".
std::string readEntryFile(const std::string& path, std::size_t maxBytes);

// The same refusal for an entry already in memory; `location` is "file:line" of its start.
void checkEntrySize(std::size_t bytes, std::size_t maxBytes, const std::string& location);

}  // namespace querverweis
