#include "engine/search/QueryExpansion.h"

#include <algorithm>
#include <set>

#include "analyzers/AnalyzedText.h"
#include "analyzers/text/Inflection.h"
#include "analyzers/text/Utf8.h"
#include "analyzers/text/WordShape.h"
#include "engine/index/IndexSchema.h"
#include "querverweis/Limits.h"

namespace querverweis {

namespace {

constexpr std::size_t kMaxSynonymsPerWord = 6;
constexpr std::size_t kMaxNameSynonymsPerWord = 3;
constexpr std::size_t kMaxSpanWords = 3;
constexpr double kCommonTermShare = 0.2;

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

// True if every term occurs in the index (all parts of a compound, all words of a synonym).
bool allTermsIndexed(const std::vector<std::wstring>& terms, const Lucene::IndexReaderPtr& reader) {
  for (const std::wstring& term : terms) {
    if (documentFrequency(reader, term) == 0) {
      return false;
    }
  }
  return !terms.empty();
}

std::vector<std::wstring> headTerms(const Lucene::AnalyzerPtr& analyzer, std::string_view text) {
  std::vector<std::wstring> terms;
  for (const QueryWord& word : queryWords(analyzeText(analyzer, text))) {
    terms.push_back(word.term);
  }
  return terms;
}

// Nouns and noun phrases only ("tätliche Auseinandersetzung" counts by its last word): the
// thesaurus's verb and adjective sets ("helfen" ~ "vorbeugen") pull in unrelated entries far
// more often than they help.
bool isNounLike(std::string_view phrase) {
  std::size_t space = phrase.rfind(' ');
  return startsCapitalised(space == std::string_view::npos ? phrase : phrase.substr(space + 1));
}

// A nominalised infinitive ("Kiffen", "Wegschauen") means its verb: single verbs ("wegsehen")
// fit it; adjectives and idioms ("nicht wahrhaben wollen") do not.
bool fitsTypedWord(const std::string& synonym, std::string_view typed, std::size_t spanWords) {
  if (isNounLike(synonym)) {
    return true;
  }
  return spanWords == 1 && looksNominalisedInfinitive(typed) && synonym.ends_with("en") &&
         synonym.find(' ') == std::string::npos;
}

// The noun a verbal synonym is about: "Haschisch rauchen" → "Haschisch". A glossary names the
// thing far more often than the act.
std::string verbObject(const std::string& synonym) {
  std::size_t space = synonym.rfind(' ');
  if (space == std::string::npos || isNounLike(synonym) || !synonym.ends_with("en")) {
    return synonym;
  }
  std::string object = synonym.substr(0, space);
  return isNounLike(object) ? object : synonym;
}

// A synonym made of a word in a fifth of all bodies ("machen", "Mensch") tells entries apart no
// better than a stop word, and its long postings make every search slower.
bool anyTermCommon(const std::vector<std::wstring>& terms, const Lucene::IndexReaderPtr& reader) {
  const double limit = kCommonTermShare * reader->maxDoc();
  for (const std::wstring& term : terms) {
    if (reader->docFreq(Lucene::newLucene<Lucene::Term>(schema::kBody, term)) > limit) {
      return true;
    }
  }
  return false;
}

const std::string* entryTitleNamedBy(const std::string& synonym, const QueryResources& resources) {
  if (resources.titleByNameKey == nullptr) {
    return nullptr;
  }
  auto found = resources.titleByNameKey->find(resources.keys->key(synonym));
  return found == resources.titleByNameKey->end() ? nullptr : &found->second;
}

void addEntryTitle(const std::string& title, QueryWord& word, const QueryResources& resources) {
  std::vector<std::wstring> terms = headTerms(resources.analyzer, title);
  const bool sameAsTyped = terms.size() == 1 && terms.front() == word.term;
  if (!terms.empty() && !sameAsTyped &&
      std::find(word.nameSynonyms.begin(), word.nameSynonyms.end(), terms) ==
          word.nameSynonyms.end()) {
    word.nameSynonyms.push_back(std::move(terms));
  }
}

// For a word the glossary never uses, synonyms are the only way in: look past the ones it does
// not use either. A word it uses keeps the thesaurus's own order, so its meaning leads.
void addSynonyms(std::string_view phrase, QueryWord& word, std::size_t spanWords, bool unknownWord,
                 const QueryResources& resources) {
  for (std::string synonym : resources.thesaurus->synonyms(phrase)) {
    if (unknownWord && spanWords == 1 && looksNominalisedInfinitive(phrase)) {
      synonym = verbObject(synonym);
    }
    const std::string* title = entryTitleNamedBy(synonym, resources);
    bool namesEntry = title != nullptr;
    auto& target = namesEntry ? word.nameSynonyms : word.synonyms;
    std::size_t cap = namesEntry ? kMaxNameSynonymsPerWord : kMaxSynonymsPerWord;
    if ((!namesEntry && !fitsTypedWord(synonym, phrase, spanWords)) || target.size() >= cap) {
      continue;
    }
    std::vector<std::wstring> terms = headTerms(resources.analyzer, synonym);
    bool sameAsTyped = spanWords == 1 && terms.size() == 1 && terms.front() == word.term;
    if (!terms.empty() && !sameAsTyped && !anyTermCommon(terms, resources.reader) &&
        (!unknownWord || allTermsIndexed(terms, resources.reader))) {
      target.push_back(std::move(terms));
      // An alias ("Haschisch") brings its entry's title ("Cannabis"), which the other entries
      // use: the glossary's own synonym sets are exact, unlike the thesaurus's.
      if (namesEntry && target.size() < cap) {
        addEntryTitle(*title, word, resources);
      }
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
                  words[first], length, length == 1 && !words[first].indexed, resources);
    }
  }
}

void addCompoundTails(std::string_view surface, QueryWord& word, const QueryResources& resources) {
  std::string folded = resources.keys->fold(surface);
  for (const std::string& compound : resources.tails->compoundsEndingWith(folded)) {
    auto known = resources.vocabulary->find(compound);
    std::string display = known == resources.vocabulary->end() ? compound : known->second.display;
    for (const std::wstring& term : headTerms(resources.analyzer, display)) {
      word.compounds.push_back(term);
    }
  }
}

// Forms the stemmer does not conflate, kept when the index has them.
void addVariants(std::string_view surface, QueryWord& word, const QueryResources& resources) {
  auto keep = [&](const std::wstring& term, std::vector<std::wstring>& target) {
    if (term != word.term && documentFrequency(resources.reader, term) > 0 &&
        std::find(target.begin(), target.end(), term) == target.end()) {
      target.push_back(term);
    }
  };
  std::vector<std::wstring> stems{word.term};
  for (const std::string& variant : inflectionVariants(surface)) {
    std::vector<std::wstring> terms = headTerms(resources.analyzer, variant);
    if (terms.size() == 1) {
      keep(terms.front(), word.variants);
      stems.push_back(terms.front());
    }
  }
  if (!startsCapitalised(surface)) {  // a verb: its nouns may name entries
    for (const std::wstring& stem : stems) {
      for (const std::wstring& noun : derivedNounTerms(stem)) {
        keep(noun, word.derivations);
      }
    }
  }
}

// A compound the glossary never uses still names a kind of its last part: a "Dorfpolizist" is a
// "Polizist".
void addHead(QueryWord& word, const QueryResources& resources) {
  if (word.parts.size() >= 2 && documentFrequency(resources.reader, word.parts.back()) > 0) {
    word.heads.push_back(word.parts.back());
  }
}

void addCompletions(std::string_view surface, QueryWord& word, const QueryResources& resources) {
  std::string folded = resources.keys->fold(surface);
  for (const std::string& display : resources.completions->complete(folded)) {
    for (const std::wstring& term : headTerms(resources.analyzer, display)) {
      if (term != word.term && std::find(word.completions.begin(), word.completions.end(), term) ==
                                   word.completions.end()) {
        word.completions.push_back(term);
      }
    }
  }
}

std::string correctionFor(std::string_view surface, QueryWord& word,
                          const QueryResources& resources) {
  std::string folded = resources.keys->fold(surface);
  std::size_t letters = codePointCount(folded);
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

void correctSpelling(std::string_view text, const std::vector<Span>& spans,
                     const std::vector<bool>& unmatched, ExpandedQuery& expanded,
                     const QueryResources& resources) {
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
}

}  // namespace

namespace {

// A word typed twice adds nothing to the ranking but its clauses: "Zoll Zoll Zoll …" 500 times
// took over a second. Later repeats go, and at most kMaxQueryWords words stay.
void keepFirstOfEachWord(std::vector<QueryWord>& words, std::vector<Span>& spans) {
  std::set<std::wstring> seen;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < words.size() && i < spans.size(); ++i) {
    if (kept < limits::kMaxQueryWords && seen.insert(words[i].term).second) {
      if (kept != i) {  // a self-move would empty the word
        words[kept] = std::move(words[i]);
        spans[kept] = spans[i];
      }
      ++kept;
    }
  }
  words.resize(kept);
  spans.resize(kept);
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
  keepFirstOfEachWord(expanded.words, spans);
  auto surface = [&](std::size_t i) {
    return text.substr(spans[i].begin, spans[i].end - spans[i].begin);
  };
  for (std::size_t i = 0; i < expanded.words.size(); ++i) {
    expanded.surfaces.emplace_back(surface(i));
  }
  // Index look-ups per word and field: decided once for everything below.
  std::vector<bool> unmatched;  // neither the word nor all of its compound parts occur
  for (QueryWord& word : expanded.words) {
    word.indexed = documentFrequency(resources.reader, word.term) > 0;
    unmatched.push_back(!word.indexed && !allTermsIndexed(word.parts, resources.reader));
  }
  if (resources.thesaurus != nullptr) {
    expandSynonyms(text, spans, expanded.words, resources);
  }
  if (resources.morphology) {
    for (std::size_t i = 0; i < expanded.words.size(); ++i) {
      addVariants(surface(i), expanded.words[i], resources);
    }
  }
  for (std::size_t i = 0; i < expanded.words.size(); ++i) {
    unmatched[i] = unmatched[i] && expanded.words[i].variants.empty();
  }
  const std::size_t last = expanded.words.size() - 1;
  if (resources.completions != nullptr && !expanded.words.empty() && unmatched[last] &&
      spans[last].end == text.size()) {
    addCompletions(surface(last), expanded.words[last], resources);
    unmatched[last] = expanded.words[last].completions.empty();
  }
  if (resources.tails != nullptr) {
    for (std::size_t i = 0; i < expanded.words.size(); ++i) {
      if (unmatched[i]) {
        addCompoundTails(surface(i), expanded.words[i], resources);
      }
    }
  }
  if (resources.spelling != nullptr) {
    correctSpelling(text, spans, unmatched, expanded, resources);
  }
  if (resources.tails != nullptr) {
    for (std::size_t i = 0; i < expanded.words.size(); ++i) {
      QueryWord& word = expanded.words[i];
      if (unmatched[i] && word.compounds.empty() && word.corrections.empty()) {
        addHead(word, resources);
      }
    }
  }
  return expanded;
}

}  // namespace querverweis
