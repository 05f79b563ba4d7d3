// The German stop words dropped from indexed and query text ("der", "und", "nicht", ...):
// Snowball's German list plus a few question words, read from analyzers/data/german-stopwords.txt,
// which says where each part comes from.
#pragma once

#include <string>
#include <vector>

namespace querverweis {

const std::vector<std::wstring>& germanStopwords();

}  // namespace querverweis
