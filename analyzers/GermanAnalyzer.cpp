#include "analyzers/GermanAnalyzer.h"

#include <algorithm>

#include "analyzers/CompoundSplitFilter.h"
#include "analyzers/GermanLowerCaseFilter.h"
#include "analyzers/GermanNormalizationFilter.h"
#include "analyzers/GermanStemFilter.h"
#include "analyzers/GermanStopwords.h"
#include "analyzers/GermanTokenizer.h"

namespace querverweis {

namespace {

// Built once: StopFilter's HashSet constructor would copy every stop word into a new
// CharArraySet for each token stream, i.e. for every query, snippet and linked text.
Lucene::CharArraySetPtr stopSet() {
  auto set = Lucene::newLucene<Lucene::CharArraySet>(false);
  for (const std::wstring& word : germanStopwords()) {
    set->add(word);
  }
  return set;
}

}  // namespace

GermanAnalyzer::GermanAnalyzer(AnalysisConfig config, std::shared_ptr<const LanguageData> language,
                               std::vector<Lucene::String> wholeWordFields)
    : config_(std::move(config)),
      language_(std::move(language)),
      wholeWordFields_(std::move(wholeWordFields)),
      keys_(config_, language_) {
  if (config_.standardBaseline) {
    standard_ = Lucene::newLucene<Lucene::StandardAnalyzer>(Lucene::LuceneVersion::LUCENE_30);
  }
}

Lucene::TokenStreamPtr GermanAnalyzer::tokenStream(const Lucene::String& fieldName,
                                                   const Lucene::ReaderPtr& reader) {
  if (standard_) {
    return standard_->tokenStream(fieldName, reader);
  }
  return tokenStreamUpTo(fieldName, reader, AnalysisStep::Stems);
}

Lucene::TokenStreamPtr GermanAnalyzer::tokenStreamUpTo(const Lucene::String& fieldName,
                                                       const Lucene::ReaderPtr& reader,
                                                       AnalysisStep last) {
  static const Lucene::CharArraySetPtr stopWords = stopSet();
  auto reached = [last](AnalysisStep step) { return step <= last; };
  Lucene::TokenStreamPtr stream = Lucene::newLucene<GermanTokenizer>(reader);
  if (reached(AnalysisStep::LowerCase)) {
    stream = Lucene::newLucene<GermanLowerCaseFilter>(stream);
  }
  if (reached(AnalysisStep::StopWords)) {
    stream = Lucene::newLucene<Lucene::StopFilter>(true, stream, stopWords);
  }
  if (config_.normalize && reached(AnalysisStep::Normalization)) {
    stream = Lucene::newLucene<GermanNormalizationFilter>(stream, language_->normalizer());
  }
  bool partsField = fieldName.size() > 6 && fieldName.ends_with(L"_parts");
  bool wholeWordField = std::find(wholeWordFields_.begin(), wholeWordFields_.end(), fieldName) !=
                        wholeWordFields_.end();
  if (config_.compounds && !wholeWordField && reached(AnalysisStep::CompoundParts)) {
    stream = Lucene::newLucene<CompoundSplitFilter>(
        stream, language_->splitter(),
        partsField ? CompoundOutput::PartsOnly : CompoundOutput::WholeAndParts);
  }
  if (config_.stemmer != StemmerKind::None && reached(AnalysisStep::Stems)) {
    stream = Lucene::newLucene<GermanStemFilter>(stream, keys_);
  }
  return stream;
}

int32_t GermanAnalyzer::getPositionIncrementGap(const Lucene::String&) {
  return 100;
}

}  // namespace querverweis
