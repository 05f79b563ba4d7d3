#include "analyzers/GermanTokenizer.h"

#include "analyzers/TokenTypes.h"
#include "analyzers/text/Words.h"

namespace querverweis {

namespace {

constexpr size_t kMaxTokenLength = 128;

bool isHyphen(wchar_t c) {
  return c == L'-' || c == 0x2010 || c == 0x2011;
}

bool isWordChar(wchar_t c) {
  return querverweis::isWordChar(static_cast<char32_t>(c));
}

bool isLetter(wchar_t c) {
  return querverweis::isLetter(static_cast<char32_t>(c));
}

}  // namespace

GermanTokenizer::GermanTokenizer(const Lucene::ReaderPtr& input) : Lucene::Tokenizer(input) {
  termAtt_ = addAttribute<Lucene::TermAttribute>();
  offsetAtt_ = addAttribute<Lucene::OffsetAttribute>();
  posIncAtt_ = addAttribute<Lucene::PositionIncrementAttribute>();
  typeAtt_ = addAttribute<Lucene::TypeAttribute>();
}

void GermanTokenizer::readAll() {
  text_.clear();
  wchar_t buffer[4096];
  while (true) {
    int32_t read = input->read(buffer, 0, 4096);
    if (read <= 0) {
      break;
    }
    text_.append(buffer, static_cast<size_t>(read));
  }
  loaded_ = true;
}

bool GermanTokenizer::incrementToken() {
  if (!loaded_) {
    readAll();
  }
  while (pending_.empty() && cursor_ < text_.size()) {
    scanNext();
  }
  if (pending_.empty()) {
    return false;
  }
  clearAttributes();
  const PendingToken& token = pending_.front();
  termAtt_->setTermBuffer(token.text);
  offsetAtt_->setOffset(correctOffset(token.start), correctOffset(token.end));
  posIncAtt_->setPositionIncrement(token.positionIncrement);
  typeAtt_->setType(token.type);
  pending_.pop_front();
  return true;
}

void GermanTokenizer::scanNext() {
  while (cursor_ < text_.size() && !isWordChar(text_[cursor_])) {
    ++cursor_;
  }
  if (cursor_ >= text_.size()) {
    return;
  }
  if (!scanAbbreviation()) {
    scanWordChain();
  }
}

// Single letters each followed by a dot, at least two of them: "A.C.A.B.", "z.B.".
bool GermanTokenizer::scanAbbreviation() {
  size_t pos = cursor_;
  Lucene::String letters;
  while (pos + 1 < text_.size() && isLetter(text_[pos]) && text_[pos + 1] == L'.') {
    letters.push_back(text_[pos]);
    pos += 2;
  }
  if (letters.size() < 2) {
    return false;
  }
  pending_.push_back({letters, static_cast<int32_t>(cursor_), static_cast<int32_t>(pos), 1,
                      token_type::kAbbreviation});
  cursor_ = pos;
  return true;
}

// A word, or hyphen-joined words ("Täter-Opfer-Ausgleich", "K.-o.-Tropfen").
void GermanTokenizer::scanWordChain() {
  const size_t chainStart = cursor_;
  std::vector<PendingToken> parts;
  bool truncated = false;
  size_t pos = cursor_;
  while (true) {
    size_t wordStart = pos;
    while (pos < text_.size() && isWordChar(text_[pos])) {
      ++pos;
    }
    Lucene::String word = text_.substr(wordStart, std::min(pos - wordStart, kMaxTokenLength));
    parts.push_back({word, static_cast<int32_t>(wordStart), static_cast<int32_t>(pos), 1,
                     token_type::kHyphenPart});
    size_t joiner = pos;
    if (joiner < text_.size() && text_[joiner] == L'.' && joiner + 1 < text_.size() &&
        isHyphen(text_[joiner + 1])) {
      ++joiner;  // the dot of "K.-o.-Tropfen"
    }
    if (joiner < text_.size() && isHyphen(text_[joiner])) {
      if (joiner + 1 < text_.size() && isWordChar(text_[joiner + 1])) {
        pos = joiner + 1;
        continue;
      }
      truncated = true;
      pos = joiner + 1;
    }
    break;
  }
  cursor_ = pos;
  if (parts.size() == 1) {
    parts[0].type = truncated ? token_type::kTruncated : token_type::kWord;
    pending_.push_back(parts[0]);
    return;
  }
  Lucene::String joined;
  for (const PendingToken& part : parts) {
    joined += part.text;
    pending_.push_back(part);
  }
  if (truncated) {
    pending_.back().type = token_type::kTruncated;
  }
  pending_.push_back({joined.substr(0, kMaxTokenLength), static_cast<int32_t>(chainStart),
                      parts.back().end, 0, token_type::kJoined});
}

void GermanTokenizer::end() {
  int32_t finalOffset = correctOffset(static_cast<int32_t>(text_.size()));
  offsetAtt_->setOffset(finalOffset, finalOffset);
}

void GermanTokenizer::reset(const Lucene::ReaderPtr& newInput) {
  Lucene::Tokenizer::reset(newInput);
  text_.clear();
  cursor_ = 0;
  loaded_ = false;
  pending_.clear();
}

}  // namespace querverweis
