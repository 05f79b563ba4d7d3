// The files of a corpus folder and reading them whole: corpus/praevention-kompakt holds
// buergersprechstunde.md, enkeltrick.md, … Failures name the path.
#pragma once

#include <string>
#include <vector>

namespace querverweis {

// The entry files (*.md, recursively) of a corpus folder, sorted. Throws Error(Io) naming the
// folder when it cannot be listed.
std::vector<std::string> corpusFiles(const std::string& directory);

// The whole file as bytes. Throws Error(Io) "PATH: cannot read file" when it cannot be read.
std::string readTextFile(const std::string& path);

}  // namespace querverweis
