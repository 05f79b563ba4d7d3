// The JSON shapes of Contract 2 and 3, shared by `querverweis … --json` and the HTTP API so the
// two cannot disagree: search → {"query","total","hits":[{"slug","title","score","snippet"}]}.
#pragma once

#include <nlohmann/json.hpp>

#include "engine/Engine.h"
#include "engine/Error.h"

namespace querverweis {

nlohmann::json searchResultJson(const SearchResult& result);
nlohmann::json entryJson(const Entry& entry);
// {"prefix","suggestions":[{"slug","title","text","kind"}]}
nlohmann::json completionsJson(const std::string& prefix, const std::vector<Completion>& found);
// {"error":{"code":"not_found","message":"…"}}
nlohmann::json errorJson(const std::string& code, const std::string& message);

}  // namespace querverweis
