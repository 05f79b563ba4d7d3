#include "tools/ResultJson.h"

namespace querverweis {

nlohmann::json searchResultJson(const SearchResult& result) {
  nlohmann::json hits = nlohmann::json::array();
  for (const SearchHit& hit : result.hits) {
    hits.push_back(
        {{"slug", hit.slug}, {"title", hit.title}, {"score", hit.score}, {"snippet", hit.snippet}});
  }
  nlohmann::json json = {{"query", result.query}, {"total", result.total}, {"hits", hits}};
  if (!result.didYouMean.empty()) {
    json["did_you_mean"] = result.didYouMean;
  }
  return json;
}

nlohmann::json entryJson(const Entry& entry) {
  nlohmann::json sections = nlohmann::json::array();
  for (const Section& section : entry.sections) {
    sections.push_back({{"heading", section.heading},
                        {"start", section.begin},
                        {"end", section.end}});
  }
  nlohmann::json links = nlohmann::json::array();
  for (const ExplicitLink& link : entry.links) {
    links.push_back({{"text", link.text},
                     {"target", link.target},
                     {"start", link.begin},
                     {"end", link.end}});
  }
  return {{"slug", entry.slug},         {"title", entry.title},  {"aliases", entry.aliases},
          {"tags", entry.tags},         {"body", entry.body},    {"sections", sections},
          {"explicit_links", links}};
}

nlohmann::json completionsJson(const std::string& prefix, const std::vector<Completion>& found) {
  nlohmann::json suggestions = nlohmann::json::array();
  for (const Completion& completion : found) {
    suggestions.push_back({{"slug", completion.slug},
                           {"title", completion.title},
                           {"text", completion.text},
                           {"kind", completion.kind}});
  }
  return {{"prefix", prefix}, {"suggestions", suggestions}};
}

nlohmann::json errorJson(const std::string& code, const std::string& message) {
  return {{"error", {{"code", code}, {"message", message}}}};
}

}  // namespace querverweis
