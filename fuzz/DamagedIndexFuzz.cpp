// libFuzzer target for opening an index that the disk, a copy or a crash has damaged: the input
// names one file of the bundled glossary's index ("gen-000001/lucene/_0.cfs") and what happens
// to it — bytes flipped, cut short, deleted, or its content replaced. Opening, searching for
// "Häusliche Gewalt" and `checkIndex` must refuse the damage with querverweis::Error or, when
// nothing covered by a checksum changed, answer — never crash, and never serve changed bytes.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "FuzzSupport.h"
#include "querverweis/Engine.h"
#include "querverweis/Error.h"
#include "querverweis/Index.h"

namespace fs = std::filesystem;

namespace {

struct PristineFile {
  fs::path path;
  std::string bytes;
  bool checksummed;  // the manifest and CURRENT may change in ways that mean the same
};

std::vector<PristineFile> pristine;

std::string readAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Reads a little-endian offset from the input, 0 when it has run out.
std::size_t takeOffset(const uint8_t*& data, std::size_t& size) {
  std::size_t value = 0;
  for (int i = 0; i < 4 && size > 0; ++i, ++data, --size) {
    value |= static_cast<std::size_t>(*data) << (8 * i);
  }
  return value;
}

// Applies the damage the input describes; returns the file's new bytes, or nothing if deleted.
bool damage(const PristineFile& file, const uint8_t* data, std::size_t size, std::string& bytes) {
  bytes = file.bytes;
  uint8_t mode = size > 0 ? data[0] % 4 : 0;
  data += size > 0 ? 1 : 0;
  size -= size > 0 ? 1 : 0;
  switch (mode) {
    case 0:  // flip: (offset, mask) pairs
      while (size > 0 && !bytes.empty()) {
        std::size_t offset = takeOffset(data, size) % bytes.size();
        uint8_t mask = size > 0 ? *data++ : 1;
        size -= size > 0 ? 1 : 0;
        bytes[offset] = static_cast<char>(bytes[offset] ^ mask);
      }
      return true;
    case 1:  // truncate
      bytes.resize(bytes.empty() ? 0 : takeOffset(data, size) % bytes.size());
      return true;
    case 2:  // delete
      return false;
    default:  // replace
      bytes.assign(reinterpret_cast<const char*>(data), size);
      return true;
  }
}

void restore(const PristineFile& file) {
  writeAll(file.path, file.bytes);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fs::path index = querverweis::fuzz::bundledIndex();
  for (const auto& item : fs::recursive_directory_iterator(index)) {
    if (item.is_regular_file()) {
      std::string name = item.path().filename().string();
      pristine.push_back(
          {item.path(), readAll(item.path()), name != "CURRENT" && name != "checksums.json"});
    }
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) {
    return 0;
  }
  const PristineFile& file = pristine[data[0] % pristine.size()];
  std::string bytes;
  bool kept = damage(file, data + 1, size - 1, bytes);
  if (kept) {
    writeAll(file.path, bytes);
  } else {
    fs::remove(file.path);
  }
  bool changed = !kept || bytes != file.bytes;
  std::string index = querverweis::fuzz::bundledIndex();
  bool liveIntact = false;
  try {
    for (const querverweis::GenerationCheck& generation : querverweis::checkIndex(index)) {
      liveIntact = liveIntact || (generation.live && generation.intact);
    }
  } catch (const querverweis::Error&) {
  }
  // An unchanged file, or a CURRENT or manifest that still means the same, opens as before:
  // that takes seconds under the sanitizers and teaches nothing new, so only damage goes on.
  if (!changed || (!file.checksummed && liveIntact)) {
    restore(file);
    return 0;
  }
  try {
    auto engine = querverweis::Engine::open(index);
    if (changed && file.checksummed) {
      __builtin_trap();  // a damaged generation was served
    }
    engine->search("Häusliche Gewalt", {.limit = 10});
  } catch (const querverweis::Error&) {
  }
  restore(file);
  return 0;
}
