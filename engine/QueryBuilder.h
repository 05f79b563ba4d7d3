// Turns analyzed query tokens into a Lucene++ query without ever parsing query syntax.
// Each query position becomes one clause: the typed word in title, aliases, tags and body,
// or-ed with its alternatives (joined hyphen form, compound parts, synonyms, corrections) at
// lower weights; the clauses are or-ed with coordination, so entries matching every word rank
// above entries matching one. An exact title or alias match adds a strong bonus.
#pragma once

#include "analyzers/LuceneSupport.h"

#include <set>
#include <string>
#include <vector>

#include "engine/AnalyzedText.h"

namespace querverweis {

struct QueryPlan {
  Lucene::QueryPtr query;              // null when the text had no searchable word
  std::set<std::wstring> matchTerms;   // every term that counts as a match, for snippets
};

QueryPlan buildQuery(const std::vector<AnalyzedToken>& tokens);

}  // namespace querverweis
