#include "engine/linking/Linker.h"

#include <algorithm>

#include "analyzers/AnalyzedText.h"
#include "engine/linking/LinkInput.h"
#include "engine/linking/LinkLexicon.h"
#include "engine/linking/LinkMatcher.h"
#include "engine/linking/LinkResolver.h"
#include "engine/linking/LinkWords.h"

namespace querverweis {

namespace {

// The field names and texts are analyzed as: an ordinary field, which gets whole words and their
// compound parts (the analyzer leaves parts out of its whole-word fields).
constexpr wchar_t kField[] = L"linker";

}  // namespace

Linker::Linker(const std::vector<Entry>& entries, GermanAnalyzerPtr analyzer)
    : analyzer_(std::move(analyzer)) {
  Lucene::AnalyzerPtr chain = analyzer_;
  auto lexicon = std::make_shared<LinkLexicon>(analyzer_->keys(), [chain](std::string_view text) {
    return analyzeText(chain, text, kField);
  });
  for (std::size_t i = 0; i < entries.size(); ++i) {
    lexicon->addEntry(i, entries[i].slug, entries[i].title, entries[i].aliases);
  }
  lexicon_ = std::move(lexicon);
}

Linker::~Linker() = default;

std::vector<LinkSuggestion> Linker::suggest(std::string_view text,
                                            const LinkOptions& options) const {
  LinkInput input = prepareLinkInput(text);
  Words words = wordsOf(lexicon_->analyze()(input.view), input.view);
  std::vector<Candidate> mentions =
      resolveOverlaps(findCandidates(*lexicon_, input.view, words), words, *lexicon_);

  std::vector<Candidate> kept;
  for (const Candidate& mention : firstMentions(mentions, *lexicon_)) {
    const std::string& slug = lexicon_->slugs[lexicon_->names[mention.name].entry];
    if (slug != options.self && !input.linkedTargets.count(slug) &&
        mention.confidence >= options.threshold) {
      kept.push_back(mention);
    }
  }
  if (options.maxLinks > 0 && kept.size() > options.maxLinks) {
    std::stable_sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) {
      return a.confidence > b.confidence;
    });
    kept.resize(options.maxLinks);
    std::sort(kept.begin(), kept.end(),
              [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  }

  std::vector<LinkSuggestion> suggestions;
  for (const Candidate& mention : kept) {
    std::size_t entry = lexicon_->names[mention.name].entry;
    LinkSuggestion suggestion;
    suggestion.start = mention.begin;
    suggestion.end = mention.end;
    suggestion.text = std::string(text.substr(mention.begin, mention.end - mention.begin));
    suggestion.target = lexicon_->slugs[entry];
    suggestion.title = lexicon_->titles[entry];
    suggestion.confidence = mention.confidence;
    suggestion.kind = mention.kind;
    suggestion.context = contextAround(text, mention.begin, mention.end);
    suggestion.section = sectionAt(input.sections, mention.begin);
    suggestions.push_back(std::move(suggestion));
  }
  return suggestions;
}

}  // namespace querverweis
