#include "engine/language/CorpusThesaurus.h"

#include <filesystem>

namespace querverweis {

std::unique_ptr<CorpusThesaurus> loadCorpusThesaurus(const std::vector<Entry>& entries,
                                                     const LookupKeys& keys,
                                                     const std::string& thesaurusPath) {
  auto result = std::make_unique<CorpusThesaurus>();
  result->thesaurus.setKeyFunction([&keys](std::string_view term) { return keys.key(term); });
  if (std::filesystem::exists(thesaurusPath)) {
    result->thesaurus.loadOpenThesaurus(thesaurusPath);
  }
  for (const Entry& entry : entries) {
    std::vector<std::string> names = entry.aliases;
    names.push_back(entry.title);
    result->thesaurus.addSet(names);
    for (const std::string& name : names) {
      result->titleByNameKey.emplace(keys.key(name), entry.title);
    }
  }
  return result;
}

}  // namespace querverweis
