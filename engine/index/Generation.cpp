#include "engine/index/Generation.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "analyzers/text/Utf8.h"
#include "engine/index/IndexSchema.h"
#include "engine/index/StoredJson.h"
#include "querverweis/Error.h"

namespace querverweis {

namespace {

void writeJsonFile(const std::string& generation, const char* name, const nlohmann::json& json) {
  std::ofstream out(generation + "/" + name);
  out << json.dump() << "\n";
  if (!out.flush()) {
    throw Error(ErrorKind::Io, generation + "/" + name + ": cannot write");
  }
}

nlohmann::json readJsonObject(const std::string& generation, const char* name) {
  std::ifstream in(generation + "/" + name);
  nlohmann::json all = nlohmann::json::parse(in, nullptr, false);
  if (all.is_discarded() || !all.is_object()) {
    throw Error(ErrorKind::Corrupt, generation + "/" + name + ": missing or unreadable");
  }
  return all;
}

}  // namespace

void writeStoredLinks(const std::string& generation, const std::vector<Entry>& entries,
                      const LinksByEntry& links) {
  nlohmann::json all = nlohmann::json::object();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    nlohmann::json list = nlohmann::json::array();
    for (const LinkSuggestion& link : links[i]) {
      list.push_back(linkToJson(link));
    }
    all[entries[i].slug] = std::move(list);
  }
  writeJsonFile(generation, schema::kLinksFile, all);
}

void writeStoredRelated(const std::string& generation, const RelatedBySlug& related) {
  nlohmann::json all = nlohmann::json::object();
  for (const auto& [slug, items] : related) {
    nlohmann::json list = nlohmann::json::array();
    for (const RelatedConcept& item : items) {
      list.push_back(relatedToJson(item));
    }
    all[slug] = std::move(list);
  }
  writeJsonFile(generation, schema::kRelatedFile, all);
}

void writeStoredLayout(const std::string& generation, const ConceptGraph& graph,
                       const std::vector<GraphPoint>& points) {
  nlohmann::json out = nlohmann::json::object();
  for (std::size_t i = 0; i < graph.nodes().size() && i < points.size(); ++i) {
    out[graph.nodes()[i].slug] = {points[i].x, points[i].y};
  }
  writeJsonFile(generation, schema::kLayoutFile, out);
}

std::vector<GraphPoint> readStoredLayout(const std::string& generation, const ConceptGraph& graph) {
  nlohmann::json json = readJsonObject(generation, schema::kLayoutFile);
  std::vector<GraphPoint> points;
  for (const GraphNode& node : graph.nodes()) {
    auto found = json.find(node.slug);
    if (found == json.end() || !found->is_array() || found->size() != 2 ||
        !(*found)[0].is_number() || !(*found)[1].is_number()) {
      throw Error(ErrorKind::Corrupt,
                  generation + "/" + schema::kLayoutFile + ": no position for '" + node.slug + "'");
    }
    points.push_back({(*found)[0].get<double>(), (*found)[1].get<double>()});
  }
  return points;
}

std::vector<Entry> readStoredEntries(const Lucene::IndexReaderPtr& reader) {
  std::vector<Entry> entries;
  for (int32_t doc = 0; doc < reader->maxDoc(); ++doc) {
    if (reader->isDeleted(doc)) {
      continue;
    }
    Lucene::String stored = reader->document(doc)->get(schema::kStoredEntry);
    nlohmann::json json = nlohmann::json::parse(toUtf8(stored), nullptr, false);
    if (json.is_discarded()) {
      throw Error(ErrorKind::Corrupt,
                  "stored entry of document " + std::to_string(doc) + " is not JSON");
    }
    entries.push_back(entryFromStoredJson(json));
  }
  return entries;
}

LinksByEntry readStoredLinks(const std::string& generation, const std::vector<Entry>& entries) {
  nlohmann::json all = readJsonObject(generation, schema::kLinksFile);
  LinksByEntry links(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    auto found = all.find(entries[i].slug);
    if (found == all.end()) {
      continue;
    }
    for (const nlohmann::json& link : *found) {
      links[i].push_back(linkFromJson(link));
    }
  }
  return links;
}

RelatedBySlug readStoredRelated(const std::string& generation) {
  nlohmann::json all = readJsonObject(generation, schema::kRelatedFile);
  RelatedBySlug related;
  for (const auto& [slug, list] : all.items()) {
    std::vector<RelatedConcept>& out = related[slug];
    for (const nlohmann::json& item : list) {
      out.push_back(relatedFromJson(item));
    }
  }
  return related;
}

}  // namespace querverweis
