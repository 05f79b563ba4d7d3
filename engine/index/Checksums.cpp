#include "engine/index/Checksums.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "engine/boundary/Boundary.h"
#include "engine/index/IndexDirectory.h"
#include "engine/index/IndexMeta.h"
#include "engine/index/IndexSchema.h"
#include "querverweis/Error.h"
#include "querverweis/Index.h"

namespace querverweis {

namespace fs = std::filesystem;

namespace {

constexpr char kChecksumFile[] = "checksums.json";

// Files below `generation` as relative paths with '/', sorted, without checksums.json.
std::vector<std::string> generationFiles(const std::string& generation) {
  std::vector<std::string> files;
  for (const fs::directory_entry& item : fs::recursive_directory_iterator(generation)) {
    if (item.is_regular_file()) {
      std::string relative = fs::relative(item.path(), generation).generic_string();
      if (relative != kChecksumFile) {
        files.push_back(relative);
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

[[noreturn]] void damaged(const std::string& generation, const std::string& file,
                          const std::string& what) {
  throw Error(ErrorKind::Corrupt, (fs::path(generation) / file).string() + ": " + what +
                                      " (the index is damaged: re-index, or run 'querverweis "
                                      "check-index' for every generation)");
}

// Generations of format 2 and older have no checksums: say so rather than call them damaged.
void requireCurrentFormat(const std::string& generation) {
  std::ifstream in(fs::path(generation) / schema::kMetaFile);
  nlohmann::json meta = nlohmann::json::parse(in, nullptr, false);
  if (meta.is_object() && meta.value("format", 0) > 0 &&
      meta.value("format", 0) < schema::kFormatVersion) {
    throw Error(ErrorKind::Corrupt, generation + ": index format " +
                                        std::to_string(meta.value("format", 0)) +
                                        ", this build reads format " +
                                        std::to_string(schema::kFormatVersion) + ": re-index");
  }
}

}  // namespace

void writeChecksums(const std::string& generation) {
  nlohmann::json files = nlohmann::json::object();
  for (const std::string& file : generationFiles(generation)) {
    DataFileIdentity identity = identifyDataFile((fs::path(generation) / file).string());
    files[file] = {{"size", identity.size}, {"xxh64", identity.xxh64}};
  }
  const std::string path = (fs::path(generation) / kChecksumFile).string();
  std::ofstream out(path, std::ios::trunc);
  out << nlohmann::json{{"files", files}}.dump(1) << "\n";
  if (!out.flush()) {
    throw Error(ErrorKind::Io, path + ": cannot write");
  }
}

std::size_t verifyChecksums(const std::string& generation) {
  std::ifstream in(fs::path(generation) / kChecksumFile);
  nlohmann::json recorded = nlohmann::json::parse(in, nullptr, false);
  if (!in || recorded.is_discarded() || !recorded.contains("files") ||
      !recorded["files"].is_object()) {
    requireCurrentFormat(generation);
    damaged(generation, kChecksumFile, "missing or not readable");
  }
  const nlohmann::json& files = recorded["files"];
  for (const std::string& file : generationFiles(generation)) {
    if (!files.contains(file)) {
      damaged(generation, file, "not there when the generation was written");
    }
  }
  for (const auto& [file, expected] : files.items()) {
    DataFileIdentity identity = identifyDataFile((fs::path(generation) / file).string());
    if (!identity.present) {
      damaged(generation, file, "missing");
    }
    // A manifest damaged into another valid JSON may hold any value: only whole numbers and
    // strings are compared, anything else is damage (a float size would not even convert).
    bool sizeRecorded =
        expected.is_object() && expected.contains("size") && expected["size"].is_number_unsigned();
    if (!sizeRecorded || identity.size != expected["size"].get<std::uintmax_t>()) {
      damaged(generation, file,
              std::to_string(identity.size) + " bytes, " +
                  (sizeRecorded ? std::to_string(expected["size"].get<std::uintmax_t>())
                                : std::string("no valid size")) +
                  " when it was written");
    }
    if (!expected.contains("xxh64") || !expected["xxh64"].is_string() ||
        identity.xxh64 != expected["xxh64"].get<std::string>()) {
      damaged(generation, file, "content differs from when it was written");
    }
  }
  return files.size();
}

std::string intactGeneration(const std::string& indexDir, std::vector<std::string>& warnings) {
  const std::string live = liveGeneration(indexDir);
  try {
    verifyChecksums(live);
    return live;
  } catch (const Error& damage) {
    for (const std::string& older : generationsNewestFirst(indexDir)) {
      if (older >= live) {
        continue;
      }
      try {
        verifyChecksums(older);
      } catch (const Error&) {
        continue;
      }
      warnings.push_back(std::string(damage.what()) + "; serving the previous generation " +
                         fs::path(older).filename().string() + " instead");
      return older;
    }
    throw;
  }
}

static std::vector<GenerationCheck> checkIndexUnguarded(const std::string& indexDir) {
  const std::string live = liveGeneration(indexDir);
  std::vector<GenerationCheck> checks;
  for (const std::string& generation : generationsNewestFirst(indexDir)) {
    GenerationCheck check{fs::path(generation).filename().string(), generation == live};
    try {
      check.files = verifyChecksums(generation);
      check.intact = true;
    } catch (const Error& e) {
      check.problem = e.what();
    }
    checks.push_back(std::move(check));
  }
  return checks;
}

std::vector<GenerationCheck> checkIndex(const std::string& indexDir) {
  return guarded("check index " + indexDir, [&] { return checkIndexUnguarded(indexDir); });
}

}  // namespace querverweis
