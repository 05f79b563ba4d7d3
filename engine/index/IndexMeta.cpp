#include "engine/index/IndexMeta.h"

#include <xxhash.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "engine/index/IndexSchema.h"
#include "querverweis/Error.h"

namespace querverweis {

namespace {

namespace fs = std::filesystem;

std::string hex64(XXH64_hash_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof(buffer), "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

nlohmann::json configJson(const AnalysisConfig& config) {
  return {{"name", config.name},           {"standard_baseline", config.standardBaseline},
          {"normalize", config.normalize}, {"stemmer", stemmerKindName(config.stemmer)},
          {"compounds", config.compounds}, {"synonyms", config.synonyms},
          {"typos", config.typos}};
}

StemmerKind stemmerNamed(const std::string& name) {
  for (StemmerKind kind : {StemmerKind::None, StemmerKind::Snowball, StemmerKind::Cistem}) {
    if (name == stemmerKindName(kind)) {
      return kind;
    }
  }
  throw Error(ErrorKind::Corrupt, "unknown stemmer '" + name + "'");
}

AnalysisConfig configFromJson(const nlohmann::json& json) {
  AnalysisConfig config;
  config.name = json.at("name").get<std::string>();
  config.standardBaseline = json.at("standard_baseline").get<bool>();
  config.normalize = json.at("normalize").get<bool>();
  config.stemmer = stemmerNamed(json.at("stemmer").get<std::string>());
  config.compounds = json.at("compounds").get<bool>();
  config.synonyms = json.at("synonyms").get<bool>();
  config.typos = json.at("typos").get<bool>();
  return config;
}

nlohmann::json identityJson(const DataFileIdentity& identity) {
  return {{"path", identity.path},
          {"present", identity.present},
          {"size", identity.size},
          {"xxh64", identity.xxh64}};
}

DataFileIdentity identityFromJson(const nlohmann::json& json) {
  return {json.at("path").get<std::string>(), json.at("present").get<bool>(),
          json.at("size").get<std::uintmax_t>(), json.at("xxh64").get<std::string>()};
}

std::string difference(const char* what, const DataFileIdentity& then, const DataFileIdentity& now,
                       const char* consequence) {
  std::string detail;
  if (then.present != now.present) {
    detail = then.present ? "present then, missing now" : "missing then, present now";
  } else if (then.size != now.size) {
    detail = "size " + std::to_string(then.size) + " then, " + std::to_string(now.size) + " now";
  } else {
    detail = "same size, other content";
  }
  return std::string("the ") + what + " " + now.path +
         " differs from the one the index was built with (" + detail + "): " + consequence;
}

}  // namespace

DataFileIdentity identifyDataFile(const std::string& path) {
  DataFileIdentity identity{path, false, 0, ""};
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    return identity;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::Io, path + ": cannot read language data");
  }
  XXH64_state_t* state = XXH64_createState();
  XXH64_reset(state, 0);
  char buffer[1 << 16];
  while (in.read(buffer, sizeof(buffer)) || in.gcount() > 0) {
    XXH64_update(state, buffer, static_cast<std::size_t>(in.gcount()));
    identity.size += static_cast<std::uintmax_t>(in.gcount());
  }
  identity.present = true;
  identity.xxh64 = hex64(XXH64_digest(state));
  XXH64_freeState(state);
  return identity;
}

void writeIndexMeta(const std::string& generation, const IndexMeta& meta) {
  nlohmann::json json = {{"format", schema::kFormatVersion},
                         {"analysis", configJson(meta.analysis)},
                         {"word_list", identityJson(meta.wordList)},
                         {"thesaurus", identityJson(meta.thesaurus)},
                         {"entries", meta.entries}};
  const std::string path = generation + "/" + schema::kMetaFile;
  std::ofstream out(path);
  out << json.dump(2) << "\n";
  if (!out.flush()) {
    throw Error(ErrorKind::Io, path + ": cannot write");
  }
}

IndexMeta readIndexMeta(const std::string& generation) {
  const std::string path = generation + "/" + schema::kMetaFile;
  std::ifstream in(path);
  nlohmann::json json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    throw Error(ErrorKind::Corrupt, path + ": missing or not JSON");
  }
  if (json.value("format", 0) != schema::kFormatVersion) {
    throw Error(ErrorKind::Corrupt, path + ": index format " +
                                        std::to_string(json.value("format", 0)) +
                                        ", this build reads format " +
                                        std::to_string(schema::kFormatVersion) + ": re-index");
  }
  try {
    return {configFromJson(json.at("analysis")), identityFromJson(json.at("word_list")),
            identityFromJson(json.at("thesaurus")), json.at("entries").get<std::size_t>()};
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::Corrupt, path + ": " + e.what());
  }
}

std::vector<std::string> languageDataDifferences(const IndexMeta& recorded,
                                                 const LanguageDataPaths& current) {
  std::vector<std::string> differences;
  DataFileIdentity wordList = identifyDataFile(current.wordList);
  if (!wordList.sameContent(recorded.wordList)) {
    differences.push_back(difference("word list", recorded.wordList, wordList,
                                     "re-index so compound splitting agrees"));
  }
  DataFileIdentity thesaurus = identifyDataFile(current.thesaurus);
  if (!thesaurus.sameContent(recorded.thesaurus)) {
    differences.push_back(difference("thesaurus", recorded.thesaurus, thesaurus,
                                     "synonyms follow the file on this machine"));
  }
  return differences;
}

}  // namespace querverweis
