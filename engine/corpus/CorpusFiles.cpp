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

}  // namespace querverweis
