#include "analyzers/WordLists.h"

#include <sstream>
#include <stdexcept>

#include "analyzers/EmbeddedWordLists.h"

namespace querverweis {

std::vector<std::string> wordList(std::string_view name) {
  for (const EmbeddedWordList& list : embeddedWordLists()) {
    if (list.name != name) {
      continue;
    }
    std::vector<std::string> words;
    std::istringstream lines{std::string(list.text)};
    std::string line;
    while (std::getline(lines, line)) {
      if (line.starts_with('#')) {
        continue;
      }
      std::istringstream in(line);
      std::string word;
      while (in >> word) {
        words.push_back(word);
      }
    }
    return words;
  }
  throw std::invalid_argument("no word list '" + std::string(name) + "'");
}

}  // namespace querverweis
