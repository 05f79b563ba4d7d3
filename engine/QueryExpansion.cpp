#include "engine/QueryExpansion.h"

#include "engine/IndexSchema.h"
#include "engine/TermKey.h"
#include "engine/Utf8.h"

namespace querverweis {

namespace {

constexpr std::size_t kMaxSynonymsPerWord = 6;
constexpr std::size_t kMaxNameSynonymsPerWord = 3;
constexpr std::size_t kMaxSpanWords = 3;

struct Span {
  std::size_t begin;
  std::size_t end;
};

int documentFrequency(const Lucene::IndexReaderPtr& reader, const std::wstring& term) {
  int total = 0;
  for (const wchar_t* field : {schema::kTitle, schema::kAliases, schema::kBody, schema::kTitleParts,
                               schema::kAliasesParts, schema::kBodyParts}) {
    total += reader->docFreq(Lucene::newLucene<Lucene::Term>(field, term));
  }
  return total;
}

// A word matches weakly when neither it nor all of its compound parts occur in the index.
bool matchesNothing(const QueryWord& word, const Lucene::IndexReaderPtr& reader) {
  if (documentFrequency(reader, word.term) > 0) {
    return false;
  }
  for (const std::wstring& part : word.parts) {
    if (documentFrequency(reader, part) == 0) {
      return true;
    }
  }
  return word.parts.empty();
}

std::vector<std::wstring> headTerms(const Lucene::AnalyzerPtr& analyzer, std::string_view text) {
  std::vector<std::wstring> terms;
  for (const QueryWord& word : queryWords(analyzeText(analyzer, text))) {
    terms.push_back(word.term);
  }
  return terms;
}

// Nouns and noun phrases only: the thesaurus's verb and adjective sets ("helfen" ~
// "vorbeugen") pull in unrelated entries far more often than they help.
bool isNounLike(const std::string& term) {
  unsigned char first = static_cast<unsigned char>(term.empty() ? 0 : term[0]);
  bool upperAscii = first >= 'A' && first <= 'Z';
  bool upperUmlaut = first == 0xC3 && term.size() > 1 &&
                     (term[1] == '\x84' || term[1] == '\x96' || term[1] == '\x9C');
  return upperAscii || upperUmlaut;
}

void addSynonyms(std::string_view phrase, QueryWord& word, std::size_t spanWords,
                 const QueryResources& resources) {
  for (const std::string& synonym : resources.thesaurus->synonyms(phrase)) {
    bool namesEntry = resources.nameKeys != nullptr &&
                      resources.nameKeys->count(termKey(synonym, *resources.normalizer)) > 0;
    auto& target = namesEntry ? word.nameSynonyms : word.synonyms;
    std::size_t cap = namesEntry ? kMaxNameSynonymsPerWord : kMaxSynonymsPerWord;
    if ((!namesEntry && !isNounLike(synonym)) || target.size() >= cap) {
      continue;
    }
    std::vector<std::wstring> terms = headTerms(resources.analyzer, synonym);
    bool sameAsTyped = spanWords == 1 && terms.size() == 1 && terms.front() == word.term;
    if (!terms.empty() && !sameAsTyped) {
      target.push_back(std::move(terms));
    }
  }
}

// Tries the longest spans first, so "häusliche Gewalt" is looked up as one phrase.
void expandSynonyms(std::string_view text, const std::vector<Span>& spans,
                    std::vector<QueryWord>& words, const QueryResources& resources) {
  for (std::size_t first = 0; first < words.size(); ++first) {
    for (std::size_t length = std::min(kMaxSpanWords, words.size() - first); length >= 1;
         --length) {
      const std::size_t last = first + length - 1;
      addSynonyms(text.substr(spans[first].begin, spans[last].end - spans[first].begin),
                  words[first], length, resources);
    }
  }
}

void addCompoundTails(std::string_view surface, QueryWord& word, const QueryResources& resources) {
  std::string folded = foldedWord(surface, *resources.normalizer);
  for (const std::string& compound : resources.tails->compoundsEndingWith(folded)) {
    auto known = resources.vocabulary->find(compound);
    std::string display = known == resources.vocabulary->end() ? compound : known->second.display;
    for (const std::wstring& term : headTerms(resources.analyzer, display)) {
      word.compounds.push_back(term);
    }
  }
}

std::string correctionFor(std::string_view surface, QueryWord& word,
                          const QueryResources& resources) {
  std::string folded = foldedWord(surface, *resources.normalizer);
  std::size_t letters = codePointByteOffsets(folded).size() - 1;
  int budget = SpellingIndex::editBudget(letters);
  if (budget == 0) {
    return "";
  }
  std::vector<SpellingSuggestion> suggestions = resources.spelling->lookup(folded, budget, 3);
  for (const SpellingSuggestion& suggestion : suggestions) {
    if (suggestion.distance == 0) {
      return "";  // a known word that merely stems to something unindexed
    }
    auto known = resources.vocabulary->find(suggestion.term);
    std::string display =
        known == resources.vocabulary->end() ? suggestion.term : known->second.display;
    for (const std::wstring& term : headTerms(resources.analyzer, display)) {
      word.corrections.push_back(term);
    }
    return display;
  }
  return "";
}

}  // namespace

ExpandedQuery expandQuery(std::string_view text, const QueryResources& resources) {
  std::vector<AnalyzedToken> tokens = analyzeText(resources.analyzer, text);
  ExpandedQuery expanded;
  expanded.words = queryWords(tokens);
  std::vector<Span> spans;
  int position = -1;
  for (const AnalyzedToken& token : tokens) {
    if (token.position != position || spans.empty()) {
      position = token.position;
      spans.push_back({token.begin, token.end});
    }
  }
  if (resources.thesaurus != nullptr) {
    expandSynonyms(text, spans, expanded.words, resources);
  }
  // Index look-ups per word and field: decided once for both fallbacks below.
  std::vector<bool> unmatched(expanded.words.size(), false);
  if (resources.tails != nullptr || resources.spelling != nullptr) {
    for (std::size_t i = 0; i < expanded.words.size(); ++i) {
      unmatched[i] = matchesNothing(expanded.words[i], resources.reader);
    }
  }
  if (resources.tails != nullptr) {
    for (std::size_t i = 0; i < expanded.words.size(); ++i) {
      if (unmatched[i]) {
        addCompoundTails(text.substr(spans[i].begin, spans[i].end - spans[i].begin),
                         expanded.words[i], resources);
      }
    }
  }
  if (resources.spelling == nullptr) {
    return expanded;
  }
  std::string corrected(text);
  bool changed = false;
  for (std::size_t i = expanded.words.size(); i-- > 0;) {  // back to front keeps offsets valid
    if (!unmatched[i] || !expanded.words[i].compounds.empty()) {
      continue;
    }
    std::string_view surface = text.substr(spans[i].begin, spans[i].end - spans[i].begin);
    std::string display = correctionFor(surface, expanded.words[i], resources);
    if (!display.empty()) {
      corrected.replace(spans[i].begin, spans[i].end - spans[i].begin, display);
      changed = true;
    }
  }
  if (changed) {
    expanded.didYouMean = corrected;
  }
  return expanded;
}

}  // namespace querverweis
