// Query-time knowledge added to what the reader typed: synonyms from the thesaurus and the
// entries' own aliases ("Kiez" → Stadtteil, Viertel, Quartier), and spelling corrections for
// words the index does not know ("Enkeltrik" → enkeltrick, reported as "did you mean").
// Corrections, compounds of the corpus ending in the word ("Kriminalamt" → Bundeskriminalamt)
// and the last part of an unknown compound ("Dorfpolizist" → Polizist) are tried only for words
// that match nothing; a correctly spelled query that matches keeps its meaning.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyzers/LookupKeys.h"
#include "analyzers/LuceneSupport.h"
#include "engine/language/Thesaurus.h"
#include "engine/search/QueryBuilder.h"
#include "engine/search/SpellingIndex.h"
#include "engine/search/Vocabulary.h"
#include "engine/search/WordCompletions.h"

namespace querverweis {

struct QueryResources {
  Lucene::AnalyzerPtr analyzer;
  Lucene::IndexReaderPtr reader;
  const LookupKeys* keys = nullptr;      // the analyzer's own recipe
  const Thesaurus* thesaurus = nullptr;  // null: no synonyms
  // LookupKeys::key() of every title and alias → its entry's title: a synonym naming an entry is
  // the best expansion, and the title is the name the other entries use.
  const std::unordered_map<std::string, std::string>* titleByNameKey = nullptr;
  const SpellingIndex* spelling = nullptr;   // null: no typo tolerance
  const Vocabulary* vocabulary = nullptr;    // display forms of corrections
  const CompoundTailIndex* tails = nullptr;  // null: no compound-tail and compound-head fallback
  bool morphology = false;                   // add inflected and derived forms the stemmer misses
  // Set while the reader is still typing: a last word that matches nothing may be unfinished and
  // is completed from the corpus's words ("buergersprech" → Bürgersprechstunde) instead of
  // corrected. A text ending in a space has no unfinished word.
  const WordCompletions* completions = nullptr;
};

struct ExpandedQuery {
  std::vector<QueryWord> words;
  std::string didYouMean;  // the query with corrected words, empty if nothing was corrected
  std::vector<std::string> surfaces;  // each word as typed, in the order of `words`
};

ExpandedQuery expandQuery(std::string_view text, const QueryResources& resources);

}  // namespace querverweis
