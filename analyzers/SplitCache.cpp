#include "analyzers/SplitCache.h"

#include <functional>

namespace querverweis {

std::vector<CompoundPart> SplitCache::split(std::string_view lowercaseWord) const {
  Shard& shard = shards_[std::hash<std::string_view>{}(lowercaseWord) % kShards];
  {
    std::lock_guard<std::mutex> lock(shard.mutex);
    auto hit = shard.splits.find(std::string(lowercaseWord));
    if (hit != shard.splits.end()) {
      return hit->second;
    }
  }
  std::vector<CompoundPart> parts = splitter_.split(lowercaseWord);
  std::lock_guard<std::mutex> lock(shard.mutex);
  if (shard.splits.size() >= kShardCapacity) {
    shard.splits.clear();
  }
  shard.splits.emplace(std::string(lowercaseWord), parts);
  return parts;
}

}  // namespace querverweis
