#include "analyzers/CompoundSplitFilter.h"

#include "analyzers/TokenTypes.h"
#include "analyzers/text/Utf8.h"

namespace querverweis {

namespace {

bool isSplittable(const Lucene::String& type) {
  return type != token_type::kAbbreviation && type != token_type::kJoined;
}

}  // namespace

CompoundSplitFilter::CompoundSplitFilter(const Lucene::TokenStreamPtr& input,
                                         const SplitCache& splitter, CompoundOutput output)
    : Lucene::TokenFilter(input), splitter_(splitter), output_(output) {
  termAtt_ = addAttribute<Lucene::TermAttribute>();
  posIncAtt_ = addAttribute<Lucene::PositionIncrementAttribute>();
  typeAtt_ = addAttribute<Lucene::TypeAttribute>();
}

void CompoundSplitFilter::collectParts(const std::string& word) {
  std::vector<CompoundPart> parts = splitter_.split(word);
  for (const CompoundPart& part : parts) {
    pendingParts_.push_back(toWide(part.text));
  }
  if (output_ != CompoundOutput::PartsOnly) {
    return;  // a query keeps the smallest parts: each of them must match
  }
  for (std::size_t first = 1; first + 1 < parts.size(); ++first) {
    std::string_view tail = std::string_view(word).substr(parts[first].begin);
    if (splitter_.knows(tail)) {
      pendingParts_.push_back(toWide(std::string(tail)));
    }
  }
}

bool CompoundSplitFilter::incrementToken() {
  while (true) {
    if (!pendingParts_.empty()) {
      // Offsets and the other attributes stay those of the whole word.
      termAtt_->setTermBuffer(pendingParts_.front());
      pendingParts_.pop_front();
      posIncAtt_->setPositionIncrement(skippedPositions_);
      skippedPositions_ = 0;
      typeAtt_->setType(token_type::kCompoundPart);
      return true;
    }
    if (!input->incrementToken()) {
      return false;
    }
    if (isSplittable(typeAtt_->type())) {
      collectParts(toUtf8(termAtt_->term()));
    }
    if (output_ == CompoundOutput::WholeAndParts) {
      return true;
    }
    // PartsOnly: the first part takes the whole word's place.
    skippedPositions_ += posIncAtt_->getPositionIncrement();
  }
}

void CompoundSplitFilter::reset() {
  Lucene::TokenFilter::reset();
  pendingParts_.clear();
  skippedPositions_ = 0;
}

}  // namespace querverweis
