// The word lists the analyzers read, compiled into the library from analyzers/data/ so a
// program never depends on where it was installed; each file there says where its words come
// from. wordList("compound-never-heads") gives the words of compound-never-heads.txt: "bar",
// "los", "nahme", …
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace querverweis {

// The blank-separated words of analyzers/data/<name>.txt, comment lines (#) left out. Throws
// std::invalid_argument for a name that has no file.
std::vector<std::string> wordList(std::string_view name);

}  // namespace querverweis
