// Remembers the splits a CompoundSplitter made: running text repeats its words, and one split
// costs tens of microseconds ("bürgersprechstunden" is split once per process, then looked up).
// Same interface as the splitter it wraps; the analysis chain and the linker use it.
#pragma once

#include <array>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyzers/CompoundSplitter.h"

namespace querverweis {

// Thread-safe. Sharded so concurrent searches rarely wait for each other; a full shard is
// emptied rather than managed as an LRU, which keeps the common path to one hash lookup.
class SplitCache {
 public:
  // REQUIRES: `splitter` outlives the cache and gets no more words.
  explicit SplitCache(const CompoundSplitter& splitter) : splitter_(splitter) {}

  std::vector<CompoundPart> split(std::string_view lowercaseWord) const;
  bool knows(std::string_view lowercaseWord) const { return splitter_.knows(lowercaseWord); }

 private:
  static constexpr std::size_t kShards = 16;
  static constexpr std::size_t kShardCapacity = 1 << 15;
  struct Shard {
    std::mutex mutex;
    std::unordered_map<std::string, std::vector<CompoundPart>> splits;
  };

  const CompoundSplitter& splitter_;
  mutable std::array<Shard, kShards> shards_;
};

}  // namespace querverweis
