// The German stop words dropped from indexed and query text ("der", "und", "nicht", ...).
// Source: the Snowball project's German stop word list (snowballstem.org,
// algorithms/german/stop.txt), lower-case, with umlauts and ß as written there; extended by a few
// question words ("warum", "bedeutet") so that "Was bedeutet Enkeltrick?" searches for "Enkeltrick"
// alone, and by the pronouns "jemand" and "niemand", which the list has for "etwas" and "nichts".
#pragma once

#include <string>
#include <vector>

namespace querverweis {

const std::vector<std::wstring>& germanStopwords();

}  // namespace querverweis
