#include "engine/index/IndexDirectory.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <vector>

#include "engine/index/Checksums.h"
#include "querverweis/Error.h"

namespace querverweis {

namespace fs = std::filesystem;

namespace {

constexpr char kCurrentFile[] = "CURRENT";
constexpr char kStagingPrefix[] = "staging-";

[[noreturn]] void ioFailure(const std::string& what, const std::string& path) {
  throw Error(ErrorKind::Io, path + ": " + what + ": " + std::strerror(errno));
}

void syncPath(const std::string& path, bool directory) {
  int fd = ::open(path.c_str(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
  if (fd < 0) {
    ioFailure("cannot open for sync", path);
  }
  ::fsync(fd);
  ::close(fd);
}

// Lucene++ syncs its own files on commit; the folders holding them need syncing too.
void syncTree(const fs::path& root) {
  for (const auto& item : fs::recursive_directory_iterator(root)) {
    if (item.is_directory()) {
      syncPath(item.path().string(), true);
    }
  }
  syncPath(root.string(), true);
}

int generationNumber(const std::string& name) {
  static const std::regex pattern("gen-([0-9]{6})");
  std::smatch match;
  return std::regex_match(name, match, pattern) ? std::stoi(match[1]) : -1;
}

std::string readCurrent(const fs::path& indexDir) {
  std::ifstream in(indexDir / kCurrentFile);
  std::string name;
  std::getline(in, name);
  return name;
}

bool processAlive(const std::string& pidText) {
  try {
    pid_t pid = static_cast<pid_t>(std::stol(pidText));
    return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
  } catch (const std::exception&) {
    return false;
  }
}

void removeStaleStaging(const fs::path& indexDir) {
  std::error_code ec;
  for (const auto& item : fs::directory_iterator(indexDir, ec)) {
    std::string name = item.path().filename().string();
    if (name.rfind(kStagingPrefix, 0) == 0 &&
        !processAlive(name.substr(sizeof(kStagingPrefix) - 1))) {
      fs::remove_all(item.path(), ec);
    }
  }
}

void removeOldGenerations(const fs::path& indexDir, int keepFrom) {
  std::error_code ec;
  for (const auto& item : fs::directory_iterator(indexDir, ec)) {
    int number = generationNumber(item.path().filename().string());
    if (number >= 0 && number < keepFrom) {
      fs::remove_all(item.path(), ec);
    }
  }
}

int nextGenerationNumber(const fs::path& indexDir) {
  int highest = 0;
  std::error_code ec;
  for (const auto& item : fs::directory_iterator(indexDir, ec)) {
    highest = std::max(highest, generationNumber(item.path().filename().string()));
  }
  return highest + 1;
}

std::string generationName(int number) {
  char name[32];
  std::snprintf(name, sizeof(name), "gen-%06d", number);
  return name;
}

}  // namespace

std::string liveGeneration(const std::string& indexDir) {
  std::string name = readCurrent(indexDir);
  fs::path generation = fs::path(indexDir) / name;
  std::error_code ec;
  if (!name.empty() && generationNumber(name) >= 0 && fs::is_directory(generation, ec)) {
    return generation.string();
  }
  // Generations without a valid CURRENT are a damaged index, not a missing one.
  if (nextGenerationNumber(indexDir) > 1) {
    throw Error(ErrorKind::Corrupt,
                (fs::path(indexDir) / kCurrentFile).string() +
                    (name.empty() ? ": missing or empty"
                                  : ": names '" + name + "', not a generation here") +
                    " although generations exist (re-run 'querverweis index')");
  }
  throw Error(ErrorKind::NotFound, indexDir + ": no index here (run 'querverweis index' first)");
}

std::vector<std::string> generationsNewestFirst(const std::string& indexDir) {
  std::vector<std::pair<int, std::string>> found;
  std::error_code ec;
  for (const auto& item : fs::directory_iterator(indexDir, ec)) {
    int number = generationNumber(item.path().filename().string());
    if (number >= 0 && item.is_directory(ec)) {
      found.emplace_back(number, item.path().string());
    }
  }
  std::sort(found.rbegin(), found.rend());
  std::vector<std::string> paths;
  for (auto& [number, path] : found) {
    paths.push_back(std::move(path));
  }
  return paths;
}

StagedGeneration::StagedGeneration(const std::string& indexDir) : indexDir_(indexDir) {
  std::error_code ec;
  fs::create_directories(indexDir, ec);
  if (ec) {
    throw Error(ErrorKind::Io, indexDir + ": cannot create index folder: " + ec.message());
  }
  removeStaleStaging(indexDir);
  path_ = (fs::path(indexDir) / (kStagingPrefix + std::to_string(::getpid()))).string();
  fs::remove_all(path_, ec);
  if (!fs::create_directory(path_, ec)) {
    throw Error(ErrorKind::Io, path_ + ": cannot create staging folder: " + ec.message());
  }
}

StagedGeneration::~StagedGeneration() {
  if (!published_) {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
}

void StagedGeneration::publish() {
  fs::path dir(indexDir_);
  int number = nextGenerationNumber(dir);
  std::string name = generationName(number);
  fs::path target = dir / name;
  writeChecksums(path_);
  syncTree(path_);
  if (::rename(path_.c_str(), target.c_str()) != 0) {
    ioFailure("cannot move staged index into place", target.string());
  }
  published_ = true;
  std::string previous = readCurrent(dir);
  fs::path temporary = dir / (std::string(kCurrentFile) + ".tmp");
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << name << "\n";
    if (!out.flush()) {
      ioFailure("cannot write", temporary.string());
    }
  }
  syncPath(temporary.string(), false);
  if (::rename(temporary.c_str(), (dir / kCurrentFile).c_str()) != 0) {
    ioFailure("cannot switch CURRENT", (dir / kCurrentFile).string());
  }
  syncPath(indexDir_, true);
  // The previous generation stays: a server that opened it keeps reading consistent files.
  int previousNumber = generationNumber(previous);
  removeOldGenerations(dir, previousNumber >= 0 ? previousNumber : number);
}

}  // namespace querverweis
