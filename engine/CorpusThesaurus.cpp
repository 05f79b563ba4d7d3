#include "engine/CorpusThesaurus.h"

#include <filesystem>

#include "engine/TermKey.h"

namespace querverweis {

std::unique_ptr<CorpusThesaurus> loadCorpusThesaurus(const std::vector<Entry>& entries,
                                                     const GermanNormalizer& normalizer,
                                                     const std::string& thesaurusPath) {
  auto result = std::make_unique<CorpusThesaurus>();
  result->thesaurus.setKeyFunction(
      [&normalizer](std::string_view term) { return termKey(term, normalizer); });
  if (std::filesystem::exists(thesaurusPath)) {
    result->thesaurus.loadOpenThesaurus(thesaurusPath);
  }
  for (const Entry& entry : entries) {
    std::vector<std::string> names = entry.aliases;
    names.push_back(entry.title);
    result->thesaurus.addSet(names);
    for (const std::string& name : names) {
      result->titleByNameKey.emplace(termKey(name, normalizer), entry.title);
    }
  }
  return result;
}

}  // namespace querverweis
