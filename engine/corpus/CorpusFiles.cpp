#include "engine/corpus/CorpusFiles.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "querverweis/Error.h"

namespace querverweis {

namespace fs = std::filesystem;

std::vector<std::string> corpusFiles(const std::string& directory) {
  std::vector<std::string> files;
  for (const auto& item : fs::recursive_directory_iterator(directory)) {
    if (item.is_regular_file() && item.path().extension() == ".md") {
      files.push_back(item.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string readTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::Io, path + ": cannot read file");
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    throw Error(ErrorKind::Io, path + ": read error");
  }
  return buffer.str();
}

void checkEntrySize(std::size_t bytes, std::size_t maxBytes, const std::string& location) {
  if (bytes > maxBytes) {
    // Whole megabytes, rounded up, once there is one; bytes below that.
    auto size = [](std::size_t n) {
      return n < (1 << 20) ? std::to_string(n) + " bytes"
                           : std::to_string((n + (1 << 20) - 1) >> 20) + " MB";
    };
    throw Error(ErrorKind::InvalidArgument, location + ": the entry has " + size(bytes) +
                                                ", more than the " + size(maxBytes) +
                                                " an entry may have");
  }
}

std::string readEntryFile(const std::string& path, std::size_t maxBytes) {
  std::error_code ec;
  std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec) {
    checkEntrySize(static_cast<std::size_t>(size), maxBytes, path + ":1");
  }
  return readTextFile(path);
}

}  // namespace querverweis
