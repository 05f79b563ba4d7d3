// Every file of a generation with its size and xxHash64, written last when the generation is
// published (checksums.json) and verified when it is opened: Lucene++ 3 files carry no
// checksums, and a flipped bit in gen-000004/lucene/_0.cfs would otherwise be served as changed
// scores or crash a query. A damaged generation is refused naming the file:
//   "gen-000004/lucene/_0.cfs: content differs from when it was written"
#pragma once

#include <string>
#include <vector>

namespace querverweis {

// Writes generation/checksums.json over every other file below `generation`. Throws Error(Io).
void writeChecksums(const std::string& generation);

// Throws Error(Corrupt) naming the first file that is missing, has another size or content, or
// was not there when the generation was written; also when checksums.json itself is missing or
// unreadable. Returns the number of files verified.
std::size_t verifyChecksums(const std::string& generation);

// The live generation of `indexDir` if it verifies; otherwise the newest older one that does,
// with a warning saying which one is damaged and why. Throws the live generation's
// Error(Corrupt) when none does, Error(NotFound) when there is no index.
std::string intactGeneration(const std::string& indexDir, std::vector<std::string>& warnings);

}  // namespace querverweis
