#include "engine/Indexer.h"

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>

#include "analyzers/GermanAnalyzer.h"
#include "engine/AnalyzedText.h"
#include "engine/CorpusLanguage.h"
#include "engine/EntryJson.h"
#include "engine/Error.h"
#include "engine/IndexAnalyzer.h"
#include "engine/IndexDirectory.h"
#include "engine/IndexSchema.h"
#include "engine/Linker.h"

namespace querverweis {

namespace {

using Lucene::Field;
using Lucene::newLucene;

Lucene::String wide(const std::string& text) {
  return Lucene::StringUtils::toUnicode(text);
}

void addAnalyzed(const Lucene::DocumentPtr& doc, const wchar_t* name, const std::string& value) {
  doc->add(newLucene<Field>(name, wide(value), Field::STORE_NO, Field::INDEX_ANALYZED,
                            Field::TERM_VECTOR_WITH_POSITIONS_OFFSETS));
}

// Offsets let a snippet mark the whole word when only one of its parts matched.
void addParts(const Lucene::DocumentPtr& doc, const wchar_t* name, const std::string& value) {
  doc->add(newLucene<Field>(name, wide(value), Field::STORE_NO, Field::INDEX_ANALYZED,
                            Field::TERM_VECTOR_WITH_OFFSETS));
}

void addNameKey(const Lucene::DocumentPtr& doc, const Lucene::AnalyzerPtr& analyzer,
                const std::string& name) {
  std::wstring key = headTermKey(analyzeText(analyzer, name));
  if (!key.empty()) {
    doc->add(newLucene<Field>(schema::kNameKey, key, Field::STORE_NO,
                              Field::INDEX_NOT_ANALYZED_NO_NORMS));
  }
}

Lucene::DocumentPtr makeDocument(const Entry& entry, const Lucene::AnalyzerPtr& analyzer,
                                 bool withParts) {
  Lucene::DocumentPtr doc = newLucene<Lucene::Document>();
  doc->add(newLucene<Field>(schema::kSlug, wide(entry.slug), Field::STORE_YES,
                            Field::INDEX_NOT_ANALYZED_NO_NORMS));
  addAnalyzed(doc, schema::kTitle, entry.title);
  addNameKey(doc, analyzer, entry.title);
  for (const std::string& alias : entry.aliases) {
    addAnalyzed(doc, schema::kAliases, alias);
    addNameKey(doc, analyzer, alias);
  }
  for (const std::string& tag : entry.tags) {
    addAnalyzed(doc, schema::kTags, tag);
  }
  addAnalyzed(doc, schema::kBody, entry.plainBody);
  if (withParts) {
    addParts(doc, schema::kTitleParts, entry.title);
    for (const std::string& alias : entry.aliases) {
      addParts(doc, schema::kAliasesParts, alias);
    }
    addParts(doc, schema::kBodyParts, entry.plainBody);
  }
  doc->add(newLucene<Field>(schema::kStoredEntry, wide(entryToStoredJson(entry).dump()),
                            Field::STORE_YES, Field::INDEX_NO));
  return doc;
}

std::size_t writeLinks(const std::vector<Entry>& entries, const Lucene::AnalyzerPtr& analyzer,
                       const std::string& generation) {
  Linker linker(entries, analyzer);
  nlohmann::json all = nlohmann::json::object();
  std::size_t count = 0;
  for (const Entry& entry : entries) {
    nlohmann::json links = nlohmann::json::array();
    for (const LinkSuggestion& link : linker.suggest(entry.body, {.self = entry.slug})) {
      links.push_back(linkToJson(link));
    }
    count += links.size();
    all[entry.slug] = std::move(links);
  }
  std::ofstream out(generation + "/" + schema::kLinksFile);
  out << all.dump() << "\n";
  if (!out.flush()) {
    throw Error(ErrorKind::Io, generation + ": cannot write " + schema::kLinksFile);
  }
  return count;
}

void writeMeta(const std::string& generation, const IndexOptions& options, std::size_t entries) {
  nlohmann::json meta = {{"format", schema::kFormatVersion},
                         {"analysis", options.analysis.name},
                         {"word_list", options.wordListPath},
                         {"entries", entries}};
  std::ofstream out(generation + "/" + schema::kMetaFile);
  out << meta.dump(2) << "\n";
  if (!out.flush()) {
    throw Error(ErrorKind::Io, generation + ": cannot write " + schema::kMetaFile);
  }
}

}  // namespace

IndexReport writeIndex(const std::vector<Entry>& entries, const std::string& indexDir,
                       const IndexOptions& options) {
  if (entries.empty()) {
    throw Error(ErrorKind::InvalidArgument, "the corpus has no entries: nothing to index");
  }
  StagedGeneration staged(indexDir);
  auto language = languageDataForCorpus(entries, options.wordListPath);
  Lucene::AnalyzerPtr analyzer = indexAnalyzer(options.analysis, language);
  try {
    auto directory = Lucene::FSDirectory::open(wide(staged.path() + "/" + schema::kLuceneFolder));
    auto writer = newLucene<Lucene::IndexWriter>(directory, analyzer, true,
                                                 Lucene::IndexWriter::MaxFieldLengthUNLIMITED);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      writer->addDocument(makeDocument(entries[i], analyzer, options.analysis.compounds));
      if (options.progress && (i + 1) % options.progressEvery == 0) {
        options.progress(i + 1, entries.size());
      }
    }
    writer->optimize();
    writer->close();
  } catch (const Lucene::LuceneException& e) {
    throw Error(ErrorKind::Io, indexDir + ": writing the index failed: " +
                                   Lucene::StringUtils::toUTF8(e.getError()));
  }
  IndexReport report;
  report.entries = entries.size();
  auto linkStart = std::chrono::steady_clock::now();
  report.links = writeLinks(entries, analyzer, staged.path());
  report.linkSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - linkStart).count();
  writeMeta(staged.path(), options, entries.size());
  staged.publish();
  report.generation = liveGeneration(indexDir);
  return report;
}

}  // namespace querverweis
