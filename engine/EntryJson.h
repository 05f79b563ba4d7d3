// Entries as JSON: the form stored inside the index and the form the API and CLI print.
#pragma once

#include <nlohmann/json.hpp>

#include "engine/Entry.h"

namespace querverweis {

// Slug, title, aliases, tags, body, source; sections and links are derived from the body.
nlohmann::json entryToStoredJson(const Entry& entry);
// Inverse of entryToStoredJson. Throws Error(Corrupt) on a malformed record.
Entry entryFromStoredJson(const nlohmann::json& json);

}  // namespace querverweis
