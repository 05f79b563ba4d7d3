#include "engine/graph/UnlinkedMentions.h"

#include "engine/linking/LinkInput.h"

namespace querverweis {

namespace {

constexpr std::size_t kContextBytes = 60;

// contextAround() folds whitespace over the whole stretch; cutting the stretch at the mention
// gives the two sides separately with the same folding.
void splitContext(std::string_view body, UnlinkedMention& mention) {
  const std::size_t length = mention.end - mention.start;
  std::string folded = contextAround(body.substr(mention.start, length), 0, length, 0);
  std::string left =
      contextAround(body.substr(0, mention.end), mention.start, mention.end, kContextBytes);
  std::string right = contextAround(body.substr(mention.start), 0, length, kContextBytes);
  if (left.ends_with(folded)) {
    mention.before = left.substr(0, left.size() - folded.size());
  }
  if (right.starts_with(folded)) {
    mention.after = right.substr(folded.size());
  }
}

}  // namespace

UnlinkedMentions unlinkedMentions(const ConceptGraph& graph, const std::vector<Entry>& entries,
                                  std::string_view slug, std::size_t limit) {
  UnlinkedMentions out;
  for (const GraphLink& link : graph.backlinks(slug)) {
    const Entry* source = &entries[graph.nodeIndex(link.slug)];
    for (const GraphMention& mention : link.mentions) {
      if (mention.kind == LinkKind::Explicit || mention.end > source->plainBody.size() ||
          mention.begin >= mention.end) {
        continue;
      }
      ++out.total;
      if (out.mentions.size() >= limit) {
        continue;
      }
      UnlinkedMention found{link.slug,
                            link.title,
                            mention.text,
                            mention.kind,
                            mention.section,
                            mention.begin,
                            mention.end,
                            "",
                            ""};
      splitContext(source->plainBody, found);
      out.mentions.push_back(std::move(found));
    }
  }
  return out;
}

}  // namespace querverweis
