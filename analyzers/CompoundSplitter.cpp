#include "analyzers/CompoundSplitter.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <initializer_list>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace querverweis {
namespace {

struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringSet = std::unordered_set<std::string, TransparentHash, std::equal_to<>>;
// One bit per family (first two letters) of the partners seen, so the popcount tells variety.
using EvidenceMap =
    std::unordered_map<std::string, std::uint64_t, TransparentHash, std::equal_to<>>;

bool isContinuationByte(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

std::size_t letterCount(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += isContinuationByte(c) ? 0 : 1;
  return n;
}

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Lowercases ASCII, the Latin-1 capitals (Ä Ö Ü É ...) and capital sharp s; other bytes pass.
std::string toLowerUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < s.size()) {
      auto d = static_cast<unsigned char>(s[i + 1]);
      bool capital = d >= 0x80 && d <= 0x9E && d != 0x97;
      out += static_cast<char>(c);
      out += static_cast<char>(capital ? d + 0x20 : d);
      ++i;
    } else if (s.substr(i, 3) == "\xE1\xBA\x9E") {
      out += "\xC3\x9F";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::size_t capitalCount(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') ++n;
    if (c == 0xC3 && i + 1 < s.size()) {
      auto d = static_cast<unsigned char>(s[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) ++n;
    }
  }
  return n;
}

bool startsWithCapital(std::string_view s) {
  std::size_t first = 1;
  while (first < s.size() && isContinuationByte(static_cast<unsigned char>(s[first]))) ++first;
  return capitalCount(s.substr(0, first)) == 1;
}

// Word lists carry entries like "O'Reilly", "z.B." or "3D"; none of them can be a part.
bool onlyLetters(std::string_view s) {
  for (unsigned char c : s) {
    bool ascii_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!ascii_letter && c < 0x80) return false;
  }
  return !s.empty();
}

// The lists are written with umlauts and ß; callers may fold them (ü -> u or ue, ß -> ss) before
// building the dictionary, so every spelling is blocked. Entries whose folded spelling is another
// word ("wähl" -> "wahl", the name "Rühe" -> "ruhe") must stay out of these lists.
StringSet withFoldedSpellings(std::initializer_list<std::string_view> words) {
  static constexpr std::array<std::array<std::string_view, 3>, 4> kFolds{{
      {"\xC3\xA4", "a", "ae"},
      {"\xC3\xB6", "o", "oe"},
      {"\xC3\xBC", "u", "ue"},
      {"\xC3\x9F", "ss", "ss"},
  }};
  StringSet out;
  for (std::string_view w : words) {
    std::string short_form(w);
    std::string long_form(w);
    for (const auto& fold : kFolds) {
      for (std::size_t p; (p = short_form.find(fold[0])) != std::string::npos;) {
        short_form.replace(p, fold[0].size(), fold[1]);
      }
      for (std::size_t p; (p = long_form.find(fold[0])) != std::string::npos;) {
        long_form.replace(p, fold[0].size(), fold[2]);
      }
    }
    out.emplace(w);
    out.insert(short_form);
    out.insert(long_form);
  }
  return out;
}

// Never a part: function words and verb particles (a noun like "Einbruch" or "Hinweis" is derived
// from a particle verb, not compounded), prefix-like strings, and names and abbreviations from
// the word list that would otherwise cut ordinary words apart ("tom|ate").
const StringSet& neverParts() {
  static const StringSet kSet = withFoldedSpellings(
      {// prepositions, particles, adverbs
       "ab", "abs", "an", "ans", "auf", "aufs", "aus", "bei", "beim", "binnen", "bis", "dar",
       "durch", "durchs", "ein", "fort", "für", "fürs", "gegen", "gen", "her", "hin", "hinter",
       "mit", "nach", "neben", "nebst", "ob", "ohne", "per", "pro", "qua", "samt", "seit", "um",
       "ums", "unter", "unters", "via", "voll", "von", "vom", "vor", "vors", "wider", "wieder",
       "zu", "zum", "zur", "zurück", "zusammen", "zwischen", "über", "übers", "hier", "dort",
       "dann", "wann", "wenn", "nun", "nie", "oft", "sehr", "schon", "noch", "nur", "auch", "also",
       // articles, pronouns, conjunctions, auxiliaries
       "der", "die", "das", "dass", "dem", "den", "des", "dessen", "dies", "diese", "diesem",
       "diesen", "dieser", "dieses", "eine", "einem", "einen", "einer", "eines", "ich", "du", "er",
       "es", "sie", "wir", "ihr", "ihm", "ihn", "ihnen", "ihre", "mir", "mich", "dir", "dich",
       "sich", "uns", "euch", "euer", "mein", "meine", "dein", "deine", "sein", "seine", "unser",
       "man", "was", "wer", "wen", "wem", "wie", "weil", "und", "oder", "aber", "denn", "doch",
       "als", "nicht", "kein", "keine", "ist", "bin", "bist", "sind", "seid", "war", "hat", "hab",
       "habe", "kann", "muss", "soll", "will", "wird",
       // unstressed prefixes and derivational suffixes that some lists carry as words
       "be", "ge", "ent", "emp", "ver", "zer", "miss", "ur", "un", "schaft", "schafts", "schaften",
       "schäfte", "lein", "tum", "ion", "ionen", "nis", "heit", "keit", "ung", "ling", "chen",
       "lich", "isch",
       // names and abbreviations of three or four letters
       "abb", "abi", "abk", "abt", "ada", "adam", "alba", "aldi", "alex", "alf", "alfa", "alfs",
       "ami", "amis", "andy", "anja", "anke", "anm", "anna", "anne", "anz", "aral", "arno", "aviv",
       "axel", "bali", "bea", "beas", "ben", "bens", "benz", "beo", "bern", "bert", "behr", "bill",
       "bob", "bobs", "bsp", "bzw", "caen", "chr", "chur", "coca", "dali", "dell", "dez", "dipl",
       "dirk", "dora", "dow", "dto", "eder", "egon", "elba", "eli", "elis", "elke", "elko", "emil",
       "emma", "ems", "esc", "esso", "etc", "eton", "eva", "evas", "feb", "fez", "fiat", "fibu",
       "fkt", "ford", "frl", "fuji", "geb", "gerd", "genf", "ggf", "gina", "goya", "graz", "gst",
       "gysi", "haag", "hans", "hedy", "hera", "hinz", "hugo", "ing", "ingo", "inka", "inst",
       "irak", "iran", "isar", "isis", "ivan", "jack", "jahn", "jan", "jans", "java", "jena",
       "jens", "jesu", "jim", "jims", "john", "jörg", "juda", "jul", "kadi", "kant", "kent", "kiel",
       "kiew", "kir", "kirs", "knox", "köln", "kunz", "lahn", "lahr", "laos", "lars", "lear",
       "lech", "lfd", "lido", "lima", "linz", "lisa", "liz", "ltd", "lutz", "maas", "mac", "mali",
       "malo", "manz", "mao", "maos", "marc", "mary", "marx", "maya", "metz", "mick", "mill",
       "ming", "mio", "momo", "mont", "mrd", "nato", "nero", "ness", "new", "nils", "nina", "noah",
       "nov", "ohio", "okt", "olaf", "oleg", "olga", "opel", "oslo", "otto", "pan", "pans", "paul",
       "pep", "peru", "pfg", "pius", "prag", "prof", "ralf", "ren", "rens", "rhön", "riad", "rico",
       "riga", "rio", "rios", "rolf", "rom", "roma", "roms", "roth", "rudi", "sam", "sams", "san",
       "sao", "saul", "sek", "sepp", "sept", "sigi", "sony", "sri", "stck", "std", "suez", "sun",
       "suns", "sven", "sylt", "tel", "theo", "thor", "tim", "tims", "tina", "tito", "togo", "tom",
       "tori", "toto", "udo", "udos", "ulla", "ulm", "ulms", "unna", "usw", "uta", "utas", "ute",
       "utes", "uwe", "uwes", "vgl", "wien", "wim", "wims", "xon", "yin", "york", "zeus", "zion",
       "zus", "zuse"});
  return kSet;
}

// Never the first part: nouns that coincide with the start of prefixed words ("Verb" in
// "Verbraucher", "Vers" in "Verstand"), and verb stems, which word lists carry as imperatives
// ("fahr", "wohn") or reach by dropping -e from a verb form ("sprech"): a verb stem is no word of
// its own, so Fahrrad, Wohnheim and Sprechstunde stay units.
const StringSet& neverModifiers() {
  static const StringSet kSet = withFoldedSpellings(
      {"verb", "vers",
       // verb stems
       "back", "brat", "brenn", "dreh", "fahr", "förder", "geh", "heiz", "hör", "kleb", "lenk",
       "lern", "les", "misch", "riech", "schieb", "schließ", "schreib", "schwimm", "seh", "sprech",
       "steh", "such", "trink", "turn", "wasch", "weih", "wohn", "zieh"});
  return kSet;
}

// Never the last part: words that coincide with derivational suffixes ("sichtbar", "arbeitslos").
const StringSet& neverHeads() {
  static const StringSet kSet = withFoldedSpellings(
      {"bar", "bare", "baren", "barer", "bares", "barem", "los", "lose", "losen", "loser", "loses",
       "losem",
       // -nahme only occurs bound (Maßnahme, Festnahme); "nahmen" is the verb form
       "nahme", "nahmen",
       // the feminine suffix (Lehrerinnen) and the Greek -log(e) (Dialog, Katalog, Psychologe)
       "innen", "log", "loge", "logen"});
  return kSet;
}

// "Haft" after -s- is the noun (Untersuchungshaft); otherwise mostly the suffix (fehlerhaft).
bool isSuffixLikeHaft(std::string_view head) {
  return head == "haft";
}

// Nouns with these endings take -s- in compounds although no genitive "-s" form is listed
// (Sicherheitsgefühl, Arbeitsamt, Geburtstag, Weihnachtsmarkt). "-tät" folded is "-itat", not
// "-tat", which would also match Tat itself.
const std::vector<std::string>& sLinkEndings() {
  static const std::vector<std::string> kEndings{
      "ung",  "heit",  "keit",  "schaft", "ion",   "tät",    "itat", "taet", "tum",
      "ling", "sicht", "kunft", "fahrt",  "nacht", "arbeit", "burt", "macht"};
  return kEndings;
}

constexpr std::array<std::string_view, 7> kLinks{"s", "es", "n", "en", "er", "e", "ens"};
constexpr std::array<std::string_view, 5> kHeadEndings{"s", "es", "n", "en", "e"};

bool hasSLinkEnding(std::string_view modifier) {
  for (const auto& ending : sLinkEndings()) {
    if (endsWith(modifier, ending)) return true;
  }
  return false;
}

// Partners are told apart by their first two letters (umlauts folded), so that the forms of one
// word (Amt, Ämter, Amtes) count once and different words (Amt, Arbeit, Zentrum) count apart.
std::uint64_t familyBit(std::string_view partner) {
  std::uint32_t key = 0;
  std::size_t taken = 0;
  for (std::size_t i = 0; i < partner.size() && taken < 2; ++i) {
    auto c = static_cast<unsigned char>(partner[i]);
    if (isContinuationByte(c)) continue;
    char folded = '?';
    if (c < 0x80) {
      folded = static_cast<char>(c);
    } else if (c == 0xC3 && i + 1 < partner.size()) {
      switch (static_cast<unsigned char>(partner[i + 1])) {
        case 0xA4:
          folded = 'a';
          break;
        case 0xB6:
          folded = 'o';
          break;
        case 0xBC:
          folded = 'u';
          break;
        case 0x9F:
          folded = 's';
          break;
        default:
          break;
      }
    }
    key = key * 257 + static_cast<unsigned char>(folded);
    ++taken;
  }
  return std::uint64_t{1} << ((key * 0x9E3779B1u) >> 26);
}

template <class Evidence>
int familyCount(const Evidence& evidence, std::string_view s) {
  auto it = evidence.find(s);
  return it == evidence.end() ? 0 : std::popcount(it->second);
}

// The dictionary and what was learnt from its compounds.
template <class Words, class Evidence>
struct Lexicon {
  const Words& words;
  const Evidence& modifiers;
  const Evidence& heads;
  const CompoundSplitterOptions& options;
  std::size_t longestWord;  // bytes; no longer substring can be a part

  const auto* find(std::string_view s) const {
    auto it = words.find(s);
    return it == words.end() ? nullptr : &it->second;
  }
  bool known(std::string_view s) const { return find(s) != nullptr; }
  bool knownWithSuffix(std::string_view s, std::string_view suffix, std::string& scratch) const {
    scratch.assign(s);
    scratch.append(suffix);
    return known(scratch);
  }
  bool usablePart(std::string_view s) const {
    return letterCount(s) >= options.min_part_letters && !neverParts().contains(s);
  }
  bool usableHead(std::string_view s) const { return usablePart(s) && !neverHeads().contains(s); }
  bool usableModifier(std::string_view s) const {
    return usablePart(s) && !neverModifiers().contains(s);
  }
  bool elidable(std::string_view s, std::string& scratch) const {
    return options.allow_elision && !endsWith(s, "e") &&
           letterCount(s) >= options.min_elided_letters && knownWithSuffix(s, "e", scratch);
  }
  // A linking element is accepted when the modifier plus the element is itself a word form
  // (Kinder-, Sonnen-, Bundes-, Herzens-), when -ens- follows a form in -en (Schmerzens-), or
  // when the modifier's ending demands -s- (Sicherheits-, Arbeits-).
  bool linkAllowed(std::string_view modifier, std::string_view link, std::string& scratch) const {
    if (knownWithSuffix(modifier, link, scratch)) return true;
    if (link == "ens") return knownWithSuffix(modifier, "en", scratch);
    return link == "s" && hasSLinkEnding(modifier);
  }
  // A modifier together with its linking element, as it stands before the head.
  bool modifierWithLink(std::string_view s, std::string& scratch) const {
    if (!usableModifier(s)) return false;
    if (known(s) || elidable(s, scratch)) return true;
    for (std::string_view link : kLinks) {
      if (!endsWith(s, link)) continue;
      std::string_view base = s.substr(0, s.size() - link.size());
      if (usableModifier(base) && known(base) && linkAllowed(base, link, scratch)) return true;
    }
    return false;
  }
};

// Records the evidence of every two-part reading of a listed word (Jugend|amt, Jugenda|mt is no
// reading since "jugenda" is no word).
template <class Words, class Evidence>
void recordEvidence(const Lexicon<Words, Evidence>& lexicon, std::string_view word,
                    Evidence& modifiers, Evidence& heads) {
  const std::size_t min = lexicon.options.min_part_letters;
  std::string scratch;
  std::size_t letter = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (isContinuationByte(static_cast<unsigned char>(word[i]))) continue;
    if (letter++ < min) continue;
    std::string_view head = word.substr(i);
    if (letterCount(head) < min) break;
    std::string_view modifier = word.substr(0, i);
    if (!lexicon.known(head) || !lexicon.usableHead(head)) continue;
    if (!lexicon.modifierWithLink(modifier, scratch)) continue;
    modifiers[std::string(modifier)] |= familyBit(head);
    heads[std::string(head)] |= familyBit(modifier);
  }
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
template <class Words, class Evidence>
class Segmenter {
 public:
  Segmenter(const Lexicon<Words, Evidence>& lexicon, std::string_view word)
      : lex_(lexicon), word_(word) {
    for (std::size_t i = 0; i < word.size(); ++i) {
      // Byte 0 always starts a letter, so that malformed UTF-8 cannot lose the word's start.
      if (i == 0 || !isContinuationByte(static_cast<unsigned char>(word[i]))) starts_.push_back(i);
    }
    starts_.push_back(word.size());
    letterAt_.assign(word.size() + 1, kNone);
    for (std::size_t k = 0; k < starts_.size(); ++k) letterAt_[starts_[k]] = k;
    // A listed word is split only with modifiers the dictionary shows to be productive.
    guarded_ = lex_.options.min_modifier_families > 0 && lex_.known(word);
  }

  // The best split into two or more parts, empty if there is none.
  std::vector<Piece> run() {
    const std::size_t letters = starts_.size() - 1;
    const std::size_t min = lex_.options.min_part_letters;
    if (letters < 2 * min || letters > lex_.options.max_word_letters) return {};
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

  template <class Info>
  static Piece makePiece(std::size_t begin, std::size_t end, std::size_t next, std::string text,
                         int penalty, const Info& info) {
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
    const std::size_t min = lex_.options.min_part_letters;
    std::optional<Node> best;
    auto consider = [&](const Piece& piece, const Score& rest) {
      std::size_t partLetters = letterCount(word_.substr(piece.begin, piece.end - piece.begin));
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
      if (starts_[e] - starts_[k] > lex_.longestWord) break;
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
    if (!lex_.options.allow_inflected_head || !lex_.usableHead(s)) return std::nullopt;
    for (std::string_view ending : kHeadEndings) {
      if (!endsWith(s, ending)) continue;
      std::string_view base = s.substr(0, s.size() - ending.size());
      if (letterCount(base) < lex_.options.min_inflected_base_letters) continue;
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
    return evidenceWeight(familyCount(lex_.heads, head));
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
        info == nullptr && e - k >= lex_.options.min_elided_letters ? elidedForm(s) : nullptr;
    if ((info == nullptr && full == nullptr) || !lex_.usableModifier(s)) return;
    auto offer = [&](Piece piece) {
      std::size_t t = letterAt_[piece.next];
      if (t == kNone || t + lex_.options.min_part_letters > starts_.size() - 1) return;
      std::string_view link = word_.substr(piece.end, piece.next - piece.end);
      // "Haft" is the noun after -s- (Untersuchungshaft); "fehlerhaft" is an adjective.
      if (isSuffixLikeHaft(word_.substr(piece.next)) && link != "s" && link != "es") return;
      int families =
          familyCount(lex_.modifiers, word_.substr(piece.begin, piece.next - piece.begin));
      // -ung, -heit, -ion ... plus -s- is regular morphology, no accident of spelling.
      bool regular = link == "s" && hasSLinkEnding(piece.text);
      if (guarded_ && !regular &&
          static_cast<std::size_t>(families) < lex_.options.min_modifier_families) {
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
    for (std::string_view link : kLinks) {
      if (rest.size() > link.size() && rest.substr(0, link.size()) == link &&
          lex_.linkAllowed(s, link, scratch_)) {
        offer(makePiece(begin, end, end + link.size(), std::string(s), 0, *info));
      }
    }
  }

  // The dictionary entry of which s is the stem without final -e ("schul" of "schule"), left in
  // scratch_; null if there is none or elision is off.
  const typename Words::mapped_type* elidedForm(std::string_view s) {
    if (!lex_.options.allow_elision || endsWith(s, "e")) return nullptr;
    scratch_.assign(s);
    scratch_ += 'e';
    return lex_.find(scratch_);
  }

  const Lexicon<Words, Evidence>& lex_;
  std::string_view word_;
  bool guarded_ = false;
  std::vector<std::size_t> starts_;    // byte offset of each letter, plus the word's size
  std::vector<std::size_t> letterAt_;  // letter index of a byte offset, kNone inside a letter
  std::vector<std::optional<Node>> best_;
  std::string scratch_;
};

template <class Words, class Evidence>
std::vector<CompoundPart> splitRecursively(const Lexicon<Words, Evidence>& lexicon,
                                           std::string_view word) {
  std::vector<CompoundPart> parts;
  std::vector<Piece> pieces = Segmenter<Words, Evidence>(lexicon, word).run();
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

struct CompoundSplitter::Evidence {
  std::mutex mutex;
  std::atomic<bool> current{false};
  EvidenceMap modifiers;  // modifier with linking element ("kinder") -> families of its heads
  EvidenceMap heads;      // head ("garten") -> families of its modifiers

  // Splits already made: running text repeats its words, and one split costs tens of
  // microseconds. Sharded so concurrent searches rarely wait for each other; a full shard is
  // emptied rather than managed as an LRU, which keeps the common path to one hash lookup.
  static constexpr std::size_t kShards = 16;
  static constexpr std::size_t kShardCapacity = 1 << 15;
  struct Shard {
    std::mutex mutex;
    std::unordered_map<std::string, std::vector<CompoundPart>> splits;
  };
  std::array<Shard, kShards> cache;

  void clearCache() {
    for (Shard& shard : cache) {
      std::lock_guard<std::mutex> lock(shard.mutex);
      shard.splits.clear();
    }
  }
};

CompoundSplitter::CompoundSplitter(CompoundSplitterOptions options)
    : options_(options), evidence_(std::make_unique<Evidence>()) {}

CompoundSplitter::CompoundSplitter(const CompoundSplitter& other)
    : options_(other.options_),
      words_(other.words_),
      longestWord_(other.longestWord_),
      evidence_(std::make_unique<Evidence>()) {}

CompoundSplitter& CompoundSplitter::operator=(const CompoundSplitter& other) {
  if (this != &other) {
    options_ = other.options_;
    words_ = other.words_;
    longestWord_ = other.longestWord_;
    evidence_ = std::make_unique<Evidence>();
  }
  return *this;
}

CompoundSplitter::~CompoundSplitter() = default;

void CompoundSplitter::addWord(std::string_view word, bool preferred) {
  std::string lower = toLowerUtf8(word);
  if (lower.empty()) return;
  longestWord_ = std::max(longestWord_, lower.size());
  auto& info = words_[lower];
  info.preferred = info.preferred || preferred;
  info.capitalised = info.capitalised || startsWithCapital(word);
  evidence_->current.store(false);
}

void CompoundSplitter::addWordList(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("CompoundSplitter: cannot read word list " + path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!onlyLetters(line) || capitalCount(line) > 1) continue;
    addWord(line);
  }
  if (in.bad()) throw std::runtime_error("CompoundSplitter: error reading word list " + path);
}

const CompoundSplitter::Evidence& CompoundSplitter::evidence() const {
  Evidence& evidence = *evidence_;
  if (evidence.current.load(std::memory_order_acquire)) return evidence;
  std::lock_guard<std::mutex> lock(evidence.mutex);
  if (!evidence.current.load(std::memory_order_relaxed)) {
    evidence.modifiers.clear();
    evidence.heads.clear();
    evidence.clearCache();
    Lexicon<WordMap, EvidenceMap> lexicon{words_, evidence.modifiers, evidence.heads, options_,
                                          longestWord_};
    for (const auto& entry : words_) {
      recordEvidence(lexicon, entry.first, evidence.modifiers, evidence.heads);
    }
    evidence.current.store(true, std::memory_order_release);
  }
  return evidence;
}

bool CompoundSplitter::knows(std::string_view lowercaseWord) const {
  return words_.find(lowercaseWord) != words_.end();
}

std::vector<CompoundPart> CompoundSplitter::split(std::string_view lowercaseWord) const {
  const Evidence& known = evidence();
  Evidence::Shard& shard =
      evidence_->cache[std::hash<std::string_view>{}(lowercaseWord) % Evidence::kShards];
  {
    std::lock_guard<std::mutex> lock(shard.mutex);
    auto hit = shard.splits.find(std::string(lowercaseWord));
    if (hit != shard.splits.end()) {
      return hit->second;
    }
  }
  Lexicon<WordMap, EvidenceMap> lexicon{words_, known.modifiers, known.heads, options_,
                                        longestWord_};
  std::vector<CompoundPart> parts = splitRecursively(lexicon, lowercaseWord);
  std::lock_guard<std::mutex> lock(shard.mutex);
  if (shard.splits.size() >= Evidence::kShardCapacity) {
    shard.splits.clear();
  }
  shard.splits.emplace(std::string(lowercaseWord), parts);
  return parts;
}

}  // namespace querverweis
