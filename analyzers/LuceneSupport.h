// The Lucene++ headers the project uses, in one place: LuceneHeaders.h leaves out the token
// attributes, CharFolder and DisjunctionMaxQuery, which every analysis and query file needs.
#pragma once

// LuceneHeaders.h must come first: the others rely on its declarations.
// clang-format off
#include <lucene++/LuceneHeaders.h>
#include <lucene++/CharArraySet.h>
#include <lucene++/CharFolder.h>
#include <lucene++/DefaultSimilarity.h>
#include <lucene++/DisjunctionMaxQuery.h>
#include <lucene++/OffsetAttribute.h>
#include <lucene++/PositionIncrementAttribute.h>
#include <lucene++/TermAttribute.h>
#include <lucene++/TypeAttribute.h>
// clang-format on
