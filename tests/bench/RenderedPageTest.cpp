#include <gtest/gtest.h>

#include "bench/compare/RenderedPage.h"

namespace querverweis::bench {
namespace {

TEST(RenderedPage, DropsHeaderAndFooterAndTurnsColumnZeroLinesIntoHeadings) {
  const std::string rendered =
      "LS(1)                    Dienstprogramme für Benutzer                    LS(1)\n"
      "\n"
      "BEZEICHNUNG\n"
      "       ls - Verzeichnisinhalte auflisten\n"
      "\n"
      "GNU coreutils 9.1               September 2022                           LS(1)\n";
  EXPECT_EQ(markdownFromRendered(rendered), "## BEZEICHNUNG\n\nls - Verzeichnisinhalte auflisten");
}

TEST(RenderedPage, FooterWithEmptyLeftColumnIsDroppedButAParagraphEndingInASectionIsKept) {
  const std::string footer =
      "BEZEICHNUNG\n       bzip2 - Dateien packen\n\n"
      "                                                                 bzip2(1)\n";
  EXPECT_EQ(markdownFromRendered(footer), "## BEZEICHNUNG\n\nbzip2 - Dateien packen");
  const std::string seeAlso = "SIEHE AUCH\n       gzip(1), xz(1)\n";
  EXPECT_EQ(markdownFromRendered(seeAlso), "## SIEHE AUCH\n\ngzip(1), xz(1)");
}

TEST(RenderedPage, JoinsLinesIntoOneParagraphWithJustificationSpacesFolded) {
  const std::string rendered =
      "BESCHREIBUNG\n"
      "       Auflistung  von Informationen über die DATEIen (Standardvorgabe ist das\n"
      "       aktuelle Verzeichnis).\n"
      "\n"
      "       Zweiter   Absatz.\n";
  EXPECT_EQ(markdownFromRendered(rendered),
            "## BESCHREIBUNG\n\nAuflistung von Informationen über die DATEIen (Standardvorgabe "
            "ist das aktuelle Verzeichnis).\n\nZweiter Absatz.");
}

TEST(RenderedPage, WordBrokenByGroffsHyphenIsJoinedWithoutIt) {
  const std::string rendered =
      "BESCHREIBUNG\n"
      "     das Ergebnis einer Kompilierung eines Pro\u2010\n"
      "     gramms, aber Ober- und Unterlängen bleiben.\n";
  EXPECT_EQ(markdownFromRendered(rendered),
            "## BESCHREIBUNG\n\ndas Ergebnis einer Kompilierung eines Programms, aber Ober- und "
            "Unterlängen bleiben.");
}

TEST(RenderedPage, ParagraphCannotBecomeAHeadingOrACrossLink) {
  const std::string rendered = "BEISPIELE\n       # mount /dev/sda1\n\n       siehe [Text](ziel)\n";
  EXPECT_EQ(markdownFromRendered(rendered),
            "## BEISPIELE\n\nmount /dev/sda1\n\nsiehe [Text] (ziel)");
}

TEST(RenderedPage, EmptyInputGivesAnEmptyBody) {
  EXPECT_EQ(markdownFromRendered(""), "");
  EXPECT_EQ(markdownFromRendered("\n   \n"), "");
}

}  // namespace
}  // namespace querverweis::bench
