// Sparse weighted vectors of the entries and their cosines, the arithmetic behind the related
// box: an entry is a vector of term ids with tf-idf weights ("burgersprechstu": 0.41, …); two
// entries are as similar as the dot product of their unit vectors. CosineJoin finds every pair
// sharing a dimension without looking at all pairs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace querverweis {

struct TermWeight {
  std::uint32_t id;
  double weight;
};

// Scales to unit length and sorts by id.
void normalizeVector(std::vector<TermWeight>& vector);

// The dimensions two id-sorted vectors share, strongest product first.
std::vector<TermWeight> sharedDimensions(const std::vector<TermWeight>& x,
                                         const std::vector<TermWeight>& y);

// Unit-length vectors of all entries and their posting lists, for the cosine of every pair that
// shares a dimension. Only the `maxPostings` strongest entries of each posting list take part,
// so a big corpus costs entries × dimensions × maxPostings, not entries².
class CosineJoin {
 public:
  // REQUIRES: `vectors` outlives the join.
  CosineJoin(const std::vector<std::vector<TermWeight>>& vectors, std::size_t maxPostings);

  // Calls add(b, partial dot product) for every entry b sharing a dimension with entry a.
  template <typename Add>
  void forEachPartner(std::size_t a, Add add) const {
    for (const TermWeight& term : vectors_[a]) {
      for (const auto& [b, weight] : postings_[term.id]) add(b, term.weight * weight);
    }
  }

 private:
  const std::vector<std::vector<TermWeight>>& vectors_;
  std::vector<std::vector<std::pair<std::uint32_t, double>>> postings_;
};

}  // namespace querverweis
