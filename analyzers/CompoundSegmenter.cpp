#include "analyzers/CompoundSegmenter.h"

#include <cmath>
#include <optional>
#include <string>

#include "analyzers/text/Utf8.h"

namespace querverweis {

namespace {

// "Haft" after -s- is the noun (Untersuchungshaft); otherwise mostly the suffix (fehlerhaft).
bool isSuffixLikeHaft(std::string_view head) {
  return head == "haft";
}

// A part of a candidate split; [begin, end) is the part without its linking element, next the
// byte where the following part starts.
struct Piece {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t next = 0;
  std::string text;
  int penalty = 0;
  bool preferred = false;
  bool capitalised = false;
  double evidence = 0;  // log2(1 + number of partner families)
};

// Lexicographic: fewer parts; more preferred parts; parts that combine with more partners in
// the dictionary (Orts|teil beats Ort|steil, Schul|tasche beats Schult|asche); fewer guesses
// (elision, stripped endings); then longer parts (sum of squared letter counts:
// Druck|erzeugnis beats Drucker|zeugnis).
struct Score {
  int parts = 0;
  int preferred = 0;
  int penalty = 0;
  double evidence = 0;
  long squares = 0;

  Score plus(const Piece& p, std::size_t letters) const {
    return {parts + 1, preferred + (p.preferred ? 1 : 0), penalty + p.penalty,
            evidence + p.evidence, squares + static_cast<long>(letters * letters)};
  }
  bool betterThan(const Score& o) const {
    if (parts != o.parts) return parts < o.parts;
    if (preferred != o.preferred) return preferred > o.preferred;
    if (std::abs(evidence - o.evidence) > 1e-9) return evidence > o.evidence;
    if (penalty != o.penalty) return penalty < o.penalty;
    return squares > o.squares;
  }
};

double evidenceWeight(int families) {
  return std::log2(1.0 + families);
}

// Finds the best split of one word by dynamic programming over the letters, right to left:
// best_[k] is the best reading of the word from letter k on.
class Segmenter {
 public:
  Segmenter(const CompoundLexicon& lexicon, std::string_view word) : lex_(lexicon), word_(word) {
    for (std::size_t i = 0; i < word.size(); ++i) {
      // Byte 0 always starts a letter, so that malformed UTF-8 cannot lose the word's start.
      if (i == 0 || !isContinuationByte(word[i])) starts_.push_back(i);
    }
    starts_.push_back(word.size());
    letterAt_.assign(word.size() + 1, kNone);
    for (std::size_t k = 0; k < starts_.size(); ++k) letterAt_[starts_[k]] = k;
    // A listed word is split only with modifiers the dictionary shows to be productive.
    guarded_ = lex_.options().min_modifier_families > 0 && lex_.known(word);
  }

  // The best split into two or more parts, empty if there is none.
  std::vector<Piece> run() {
    const std::size_t letters = starts_.size() - 1;
    const std::size_t min = lex_.options().min_part_letters;
    if (letters < 2 * min || letters > lex_.options().max_word_letters) return {};
    best_.assign(letters + 1, std::nullopt);
    for (std::size_t k = letters - min + 1; k-- > 0;) best_[k] = bestFrom(k);
    if (!best_[0]) return {};
    std::vector<Piece> pieces;
    for (std::size_t k = 0; k < letters;) {
      const Piece& p = best_[k]->piece;
      pieces.push_back(p);
      k = letterAt_[p.next];
    }
    return pieces;
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  struct Node {
    Score score;
    Piece piece;
  };

  std::string_view surface(std::size_t from, std::size_t to) const {
    return word_.substr(starts_[from], starts_[to] - starts_[from]);
  }

  static Piece makePiece(std::size_t begin, std::size_t end, std::size_t next, std::string text,
                         int penalty, const CompoundWordInfo& info) {
    Piece piece;
    piece.begin = begin;
    piece.end = end;
    piece.next = next;
    piece.text = std::move(text);
    piece.penalty = penalty;
    piece.preferred = info.preferred;
    piece.capitalised = info.capitalised;
    return piece;
  }

  std::optional<Node> bestFrom(std::size_t k) {
    const std::size_t letters = starts_.size() - 1;
    const std::size_t min = lex_.options().min_part_letters;
    std::optional<Node> best;
    auto consider = [&](const Piece& piece, const Score& rest) {
      std::size_t partLetters = codePointCount(word_.substr(piece.begin, piece.end - piece.begin));
      Score score = rest.plus(piece, partLetters);
      if (!best || score.betterThan(best->score)) best = Node{score, piece};
    };
    // The whole remainder as last part; at the start of the word that would be no split at all.
    if (k > 0) {
      if (auto head = headPiece(k)) consider(*head, Score{});
    }
    // The best modifier reading for each place the next part can start.
    std::vector<std::optional<Piece>> modifiers(letters + 1);
    for (std::size_t e = k + min; e + min <= letters; ++e) {
      if (starts_[e] - starts_[k] > lex_.longestWord()) break;
      addModifiers(k, e, modifiers);
    }
    for (std::size_t t = k + min; t + min <= letters; ++t) {
      if (modifiers[t] && best_[t]) consider(*modifiers[t], best_[t]->score);
    }
    return best;
  }

  std::optional<Piece> headPiece(std::size_t k) const {
    const std::size_t letters = starts_.size() - 1;
    const std::size_t n = word_.size();
    std::string_view s = surface(k, letters);
    if (const auto* info = lex_.find(s)) {
      if (!lex_.usableHead(s)) return std::nullopt;
      Piece piece = makePiece(starts_[k], n, n, std::string(s), 0, *info);
      piece.evidence = headEvidence(s);
      return piece;
    }
    // A blocked head stays blocked with an ending stripped ("nahme" is no "nahm" + -e).
    if (!lex_.options().allow_inflected_head || !lex_.usableHead(s)) return std::nullopt;
    for (std::string_view ending : kHeadEndings) {
      if (!s.ends_with(ending)) continue;
      std::string_view base = s.substr(0, s.size() - ending.size());
      if (codePointCount(base) < lex_.options().min_inflected_base_letters) continue;
      const auto* info = lex_.find(base);
      if (info && lex_.usableHead(base)) {
        Piece piece = makePiece(starts_[k], n, n, std::string(base), 1, *info);
        piece.evidence = headEvidence(base);
        return piece;
      }
    }
    return std::nullopt;
  }

  double headEvidence(std::string_view head) const {
    return evidenceWeight(lex_.headFamilies(head));
  }

  // Of two readings that let the next part start at the same place, the one without guesses,
  // then the one whose modifier is a noun, then the one with the longer linking element:
  // kind|er rather than kinder, but Vergabe rather than vergab|e.
  static bool preferable(const Piece& a, const Piece& b) {
    if (a.penalty != b.penalty) return a.penalty < b.penalty;
    if (a.capitalised != b.capitalised) return a.capitalised;
    return a.end < b.end;
  }

  // Records the readings of letters [k, e) as a modifier, keeping the preferable one per start
  // of the next part.
  void addModifiers(std::size_t k, std::size_t e, std::vector<std::optional<Piece>>& out) {
    std::string_view s = surface(k, e);
    const auto* info = lex_.find(s);
    const auto* full =
        info == nullptr && e - k >= lex_.options().min_elided_letters ? elidedForm(s) : nullptr;
    if ((info == nullptr && full == nullptr) || !lex_.usableModifier(s)) return;
    auto offer = [&](Piece piece) {
      std::size_t t = letterAt_[piece.next];
      if (t == kNone || t + lex_.options().min_part_letters > starts_.size() - 1) return;
      std::string_view link = word_.substr(piece.end, piece.next - piece.end);
      // "Haft" is the noun after -s- (Untersuchungshaft); "fehlerhaft" is an adjective.
      if (isSuffixLikeHaft(word_.substr(piece.next)) && link != "s" && link != "es") return;
      int families = lex_.modifierFamilies(word_.substr(piece.begin, piece.next - piece.begin));
      // -ung, -heit, -ion ... plus -s- is regular morphology, no accident of spelling.
      bool regular = link == "s" && lex_.takesLinkingS(piece.text);
      if (guarded_ && !regular &&
          static_cast<std::size_t>(families) < lex_.options().min_modifier_families) {
        return;
      }
      piece.evidence = evidenceWeight(families);
      auto& slot = out[t];
      if (!slot || preferable(piece, *slot)) slot = std::move(piece);
    };
    const std::size_t begin = starts_[k];
    const std::size_t end = starts_[e];
    if (full != nullptr) {
      offer(makePiece(begin, end, end, scratch_, 1, *full));
      return;
    }
    offer(makePiece(begin, end, end, std::string(s), 0, *info));
    std::string_view rest = word_.substr(end);
    for (std::string_view link : kLinkingElements) {
      if (rest.size() > link.size() && rest.substr(0, link.size()) == link &&
          lex_.linkAllowed(s, link)) {
        offer(makePiece(begin, end, end + link.size(), std::string(s), 0, *info));
      }
    }
  }

  // The dictionary entry of which s is the stem without final -e ("schul" of "schule"), left in
  // scratch_; null if there is none or elision is off.
  const CompoundWordInfo* elidedForm(std::string_view s) {
    if (!lex_.options().allow_elision || s.ends_with("e")) return nullptr;
    scratch_.assign(s);
    scratch_ += 'e';
    return lex_.find(scratch_);
  }

  const CompoundLexicon& lex_;
  std::string_view word_;
  bool guarded_ = false;
  std::vector<std::size_t> starts_;    // byte offset of each letter, plus the word's size
  std::vector<std::size_t> letterAt_;  // letter index of a byte offset, kNone inside a letter
  std::vector<std::optional<Node>> best_;
  std::string scratch_;
};

std::vector<CompoundPart> splitRecursively(const CompoundLexicon& lexicon, std::string_view word) {
  std::vector<CompoundPart> parts;
  std::vector<Piece> pieces = Segmenter(lexicon, word).run();
  for (const Piece& piece : pieces) {
    // A part may itself be a compound from the word list (Stadtteil in Stadtteilbüro).
    std::vector<CompoundPart> inner = splitRecursively(lexicon, piece.text);
    if (inner.empty()) {
      parts.push_back({piece.begin, piece.end, piece.text});
      continue;
    }
    for (std::size_t j = 0; j < inner.size(); ++j) {
      bool last = j + 1 == inner.size();
      parts.push_back({piece.begin + inner[j].begin, last ? piece.end : piece.begin + inner[j].end,
                       std::move(inner[j].text)});
    }
  }
  return parts;
}

}  // namespace

std::vector<CompoundPart> segmentCompound(const CompoundLexicon& lexicon, std::string_view word) {
  return splitRecursively(lexicon, word);
}

}  // namespace querverweis
