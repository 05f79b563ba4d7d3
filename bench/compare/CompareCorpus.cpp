#include "bench/compare/CompareCorpus.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace querverweis::bench {

namespace {

std::string stringField(const nlohmann::json& object, const char* key, const std::string& where) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) {
    throw std::runtime_error(where + ": \"" + key + "\" must be a string");
  }
  return it->get<std::string>();
}

}  // namespace

std::vector<PageEntry> readPageEntries(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error(path + ": cannot open");
  }
  std::vector<PageEntry> entries;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty()) {
      continue;
    }
    const std::string where = path + ":" + std::to_string(number);
    nlohmann::json object;
    try {
      object = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      throw std::runtime_error(where + ": invalid JSON: " + e.what());
    }
    if (!object.is_object()) {
      throw std::runtime_error(where + ": not a JSON object");
    }
    entries.push_back({stringField(object, "slug", where), stringField(object, "title", where),
                       stringField(object, "body", where)});
  }
  if (in.bad()) {
    throw std::runtime_error(path + ": read error");
  }
  return entries;
}

void writePageEntry(std::ostream& out, const PageEntry& entry) {
  const nlohmann::json line = {{"slug", entry.slug},
                               {"title", entry.title},
                               {"aliases", nlohmann::json::array()},
                               {"tags", nlohmann::json::array()},
                               {"body", entry.body}};
  out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

std::size_t textBytes(const std::vector<PageEntry>& entries) {
  std::size_t bytes = 0;
  for (const PageEntry& entry : entries) {
    bytes += entry.title.size() + entry.body.size();
  }
  return bytes;
}

}  // namespace querverweis::bench
