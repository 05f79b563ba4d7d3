#include "analyzers/AnalyzedText.h"

#include "analyzers/text/Utf8.h"

namespace querverweis {

std::vector<AnalyzedToken> analyzeText(const Lucene::AnalyzerPtr& analyzer, std::string_view text,
                                       const wchar_t* field) {
  std::vector<AnalyzedToken> tokens;
  std::vector<std::size_t> bytes = codePointByteOffsets(text);
  Lucene::String wide = toWide(text);
  Lucene::TokenStreamPtr stream =
      analyzer->tokenStream(field, Lucene::newLucene<Lucene::StringReader>(wide));
  auto term = stream->addAttribute<Lucene::TermAttribute>();
  auto offset = stream->addAttribute<Lucene::OffsetAttribute>();
  auto increment = stream->addAttribute<Lucene::PositionIncrementAttribute>();
  auto type = stream->addAttribute<Lucene::TypeAttribute>();
  stream->reset();
  int position = -1;
  const std::size_t last = bytes.size() - 1;
  while (stream->incrementToken()) {
    position += increment->getPositionIncrement();
    auto start = static_cast<std::size_t>(std::max(0, offset->startOffset()));
    auto end = static_cast<std::size_t>(std::max(0, offset->endOffset()));
    tokens.push_back({term->term(), type->type(), std::max(position, 0),
                      bytes[std::min(start, last)], bytes[std::min(end, last)]});
  }
  stream->end();
  stream->close();
  return tokens;
}

}  // namespace querverweis
