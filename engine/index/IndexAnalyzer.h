// The analyzer of an index: the German chain with the index's field layout, so whole-word
// fields (title, aliases, tags, body) carry no compound parts and the *_parts fields only parts.
// Indexing and searching both build it here.
#pragma once

#include <memory>

#include "analyzers/GermanAnalyzer.h"

namespace querverweis {

GermanAnalyzerPtr indexAnalyzer(const AnalysisConfig& config,
                                std::shared_ptr<const LanguageData> language);

}  // namespace querverweis
