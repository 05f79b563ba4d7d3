// The on-disk layout that makes index replacement atomic. An index folder holds generations
// (gen-000001/, gen-000002/ …) and a file CURRENT naming the live one. A new generation is built
// in a staging folder, renamed into place, and only then does CURRENT switch, by rename(2); a
// reader therefore sees the old index or the new one, never half of one, and a run killed at
// any moment leaves the previous generation live.
#pragma once

#include <string>
#include <vector>

namespace querverweis {

// Path of the live generation. Throws Error(NotFound) if `indexDir` holds no index.
std::string liveGeneration(const std::string& indexDir);

// Paths of every generation folder in `indexDir`, the newest first (live or not).
std::vector<std::string> generationsNewestFirst(const std::string& indexDir);

// A generation under construction. Destroying it unpublished removes its files.
class StagedGeneration {
 public:
  // Creates the index folder if needed and a fresh staging folder in it; clears stale staging
  // folders left by killed runs. Throws Error(Io).
  explicit StagedGeneration(const std::string& indexDir);
  ~StagedGeneration();
  StagedGeneration(const StagedGeneration&) = delete;
  StagedGeneration& operator=(const StagedGeneration&) = delete;

  const std::string& path() const { return path_; }

  // Makes the staged generation live, then removes generations older than the previous one.
  // Throws Error(Io); on failure the previous generation stays live.
  void publish();

 private:
  std::string indexDir_;
  std::string path_;
  bool published_ = false;
};

}  // namespace querverweis
