// A cheap lookup key for words and short phrases that agrees with the full analysis chain on
// single words: lower-case, stop words out, umlauts folded, CISTEM-stemmed, joined by spaces.
// "Häusliche Gewalt" → "hauslich gewalt"; "Kiezen" → "kiez". Used to meet thesaurus entries
// without running a Lucene++ token stream per thesaurus term. Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "analyzers/GermanNormalizer.h"

namespace querverweis {

std::string termKey(std::string_view phrase, const GermanNormalizer& normalizer);

// Lower-case and fold umlauts of one word, without stemming: "Bürgersprechstunde" →
// "burgersprechstunde". The form the spelling index and autocomplete compare.
std::string foldedWord(std::string_view word, const GermanNormalizer& normalizer);

}  // namespace querverweis
