#include "analyzers/CompoundSplitter.h"

#include "analyzers/CompoundSegmenter.h"

namespace querverweis {

CompoundSplitter::CompoundSplitter(CompoundSplitterOptions options)
    : lexicon_(std::make_unique<CompoundLexicon>(options)) {}

CompoundSplitter::CompoundSplitter(const CompoundSplitter& other)
    : lexicon_(std::make_unique<CompoundLexicon>(other.lexicon())) {
  evidenceCurrent_.store(true);
}

void CompoundSplitter::addWord(std::string_view word, bool preferred) {
  lexicon_->addWord(word, preferred);
  evidenceCurrent_.store(false);
}

// The evidence is derived from all words at the first split after words were added (a few
// hundred milliseconds for ngerman), so the order of adding does not matter.
const CompoundLexicon& CompoundSplitter::lexicon() const {
  if (!evidenceCurrent_.load(std::memory_order_acquire)) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!evidenceCurrent_.load(std::memory_order_relaxed)) {
      lexicon_->deriveEvidence();
      evidenceCurrent_.store(true, std::memory_order_release);
    }
  }
  return *lexicon_;
}

std::vector<CompoundPart> CompoundSplitter::split(std::string_view lowercaseWord) const {
  return segmentCompound(lexicon(), lowercaseWord);
}

bool CompoundSplitter::knows(std::string_view lowercaseWord) const {
  return lexicon_->known(lowercaseWord);
}

}  // namespace querverweis
