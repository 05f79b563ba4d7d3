// Turns an analyzed, expanded query into a Lucene++ query without ever parsing query syntax.
// Each query word becomes one clause: the word as typed in title, aliases, tags and body, or-ed
// with its alternatives at lower weights (joined hyphen form, all compound parts together,
// synonyms, spelling corrections); the clauses are or-ed with a steep coordination, so entries
// matching every word rank above entries missing one. An exact title or alias match adds a strong
// bonus.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "analyzers/AnalyzedText.h"
#include "analyzers/LuceneSupport.h"

namespace querverweis {

// One position of the query and what may stand for it.
struct QueryWord {
  std::wstring term;                 // the typed word, analyzed
  std::vector<std::wstring> joined;  // "TäterOpferAusgleich" for a hyphenated word
  std::vector<std::wstring> parts;   // compound parts: all must match
  bool indexed = false;  // the word itself occurs in the index, so its parts matter less
  std::vector<std::vector<std::wstring>> synonyms;      // each an analyzed term sequence
  std::vector<std::vector<std::wstring>> nameSynonyms;  // synonyms that name a glossary entry
  std::vector<std::wstring> corrections;                // spelling corrections of `term`
  std::vector<std::wstring> compounds;                  // corpus compounds ending in the word
  std::vector<std::wstring> variants;     // inflected forms the stemmer misses ("jugendzentr")
  std::vector<std::wstring> derivations;  // nouns of a typed verb ("wirkt" → "wirkung"), names only
  std::vector<std::wstring> heads;        // last part of an unknown compound ("Dorfpolizist")
  std::vector<std::wstring> completions;  // words the unfinished last word begins, as you type
};

// Groups analyzer tokens by position into query words.
std::vector<QueryWord> queryWords(const std::vector<AnalyzedToken>& tokens);

struct QueryPlan {
  Lucene::QueryPtr query;             // null when the text had no searchable word
  std::set<std::wstring> matchTerms;  // the terms a snippet marks as matches
};

QueryPlan buildQuery(const std::vector<QueryWord>& words);

// The scoring the built queries expect from the searcher: Lucene's default, except that an entry
// missing one of several query words keeps a ninth of its coordinated score, and that a match in
// a compound-parts field weighs by how many bodies use the word, not by that field alone.
Lucene::SimilarityPtr searchSimilarity();

}  // namespace querverweis
