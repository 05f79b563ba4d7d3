// Builds the language data of one corpus: Debian's word list plus the corpus's own words, with
// titles and aliases preferred as compound parts. Indexing and searching call the same function
// on the same entries, so both sides split "Einbruchschutzberatung" the same way.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "analyzers/LanguageData.h"
#include "querverweis/Entry.h"

namespace querverweis {

std::shared_ptr<const LanguageData> languageDataForCorpus(const std::vector<Entry>& entries,
                                                          const std::string& wordListPath);

}  // namespace querverweis
