#include "engine/language/AnalysisStages.h"

#include <utility>

#include "analyzers/AnalyzedText.h"
#include "analyzers/GermanAnalyzer.h"
#include "analyzers/text/Utf8.h"

namespace querverweis {

namespace {

// The analyzer's chain cut after one step, so analyzeText() can run it like any analyzer.
class StepAnalyzer : public Lucene::Analyzer {
 public:
  StepAnalyzer(boost::shared_ptr<GermanAnalyzer> chain, AnalysisStep last)
      : chain_(std::move(chain)), last_(last) {}

  Lucene::TokenStreamPtr tokenStream(const Lucene::String& fieldName,
                                     const Lucene::ReaderPtr& reader) override {
    return chain_->tokenStreamUpTo(fieldName, reader, last_);
  }

 private:
  boost::shared_ptr<GermanAnalyzer> chain_;
  AnalysisStep last_;
};

struct StepName {
  AnalysisStep step;
  const char* name;
};

constexpr StepName kSteps[] = {
    {AnalysisStep::Tokens, "tokens"},           {AnalysisStep::LowerCase, "lowercase"},
    {AnalysisStep::StopWords, "stopwords"},     {AnalysisStep::Normalization, "normalization"},
    {AnalysisStep::CompoundParts, "compounds"}, {AnalysisStep::Stems, "stems"},
};

bool stepIsOn(AnalysisStep step, const AnalysisConfig& config) {
  switch (step) {
    case AnalysisStep::Normalization:
      return config.normalize;
    case AnalysisStep::CompoundParts:
      return config.compounds;
    case AnalysisStep::Stems:
      return config.stemmer != StemmerKind::None;
    default:
      return true;
  }
}

std::vector<StageToken> stageTokens(const Lucene::AnalyzerPtr& analyzer, std::string_view text) {
  std::vector<StageToken> tokens;
  for (const AnalyzedToken& token : analyzeText(analyzer, text)) {
    tokens.push_back(
        {toUtf8(token.term), toUtf8(token.type), token.position, token.begin, token.end, ""});
  }
  return tokens;
}

// A token continues one of the step before when it covers the same text with the same type;
// tokens sharing text and type (the parts of one compound) pair up in order.
void markChanges(const std::vector<StageToken>& before, AnalysisStage& stage) {
  std::vector<bool> used(before.size(), false);
  for (StageToken& token : stage.tokens) {
    token.change = "added";
    for (std::size_t i = 0; i < before.size(); ++i) {
      const StageToken& old = before[i];
      if (!used[i] && old.start == token.start && old.end == token.end && old.type == token.type) {
        used[i] = true;
        token.change = old.term == token.term ? "" : "changed";
        break;
      }
    }
  }
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (!used[i]) {
      stage.removed.push_back(before[i]);
    }
  }
}

}  // namespace

std::vector<AnalysisStage> analysisStages(const Lucene::AnalyzerPtr& analyzer,
                                          std::string_view text) {
  auto chain = boost::dynamic_pointer_cast<GermanAnalyzer>(analyzer);
  if (!chain || chain->config().standardBaseline) {
    return {{"standard", stageTokens(analyzer, text), {}}};
  }
  std::vector<AnalysisStage> stages;
  for (const StepName& step : kSteps) {
    if (!stepIsOn(step.step, chain->config())) {
      continue;
    }
    auto cut = Lucene::newLucene<StepAnalyzer>(chain, step.step);
    AnalysisStage stage{step.name, stageTokens(cut, text), {}};
    if (!stages.empty()) {
      markChanges(stages.back().tokens, stage);
    }
    stages.push_back(std::move(stage));
  }
  return stages;
}

TermComparison compareTerms(const Lucene::AnalyzerPtr& analyzer, std::string_view a,
                            std::string_view b) {
  TermComparison comparison{stageTokens(analyzer, a), stageTokens(analyzer, b), {}};
  for (const StageToken& left : comparison.a) {
    bool seen = false;
    for (const SharedTerm& shared : comparison.shared) {
      seen = seen || shared.term == left.term;
    }
    if (seen) {
      continue;
    }
    for (const StageToken& right : comparison.b) {
      if (right.term == left.term) {
        comparison.shared.push_back({left.term, left.type, right.type});
        break;
      }
    }
  }
  return comparison;
}

}  // namespace querverweis
