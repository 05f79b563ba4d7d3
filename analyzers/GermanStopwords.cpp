#include "analyzers/GermanStopwords.h"

namespace querverweis {

const std::vector<std::wstring>& germanStopwords() {
  static const std::vector<std::wstring> words = {
      L"aber",    L"alle",     L"allem",    L"allen",   L"aller",   L"alles",   L"als",
      L"also",    L"am",       L"an",       L"ander",   L"andere",  L"anderem", L"anderen",
      L"anderer", L"anderes",  L"anderm",   L"andern",  L"anderr",  L"anders",  L"auch",
      L"auf",     L"aus",      L"bei",      L"bin",     L"bis",     L"bist",    L"da",
      L"damit",   L"dann",     L"der",      L"den",     L"des",     L"dem",     L"die",
      L"das",     L"dass",     L"daß",      L"derselbe", L"derselben", L"denselben",
      L"desselben", L"demselben", L"dieselbe", L"dieselben", L"dasselbe", L"dazu", L"dein",
      L"deine",   L"deinem",   L"deinen",   L"deiner",  L"deines",  L"denn",    L"derer",
      L"dessen",  L"dich",     L"dir",      L"du",      L"dies",    L"diese",   L"diesem",
      L"diesen",  L"dieser",   L"dieses",   L"doch",    L"dort",    L"durch",   L"ein",
      L"eine",    L"einem",    L"einen",    L"einer",   L"eines",   L"einig",   L"einige",
      L"einigem", L"einigen",  L"einiger",  L"einiges", L"einmal",  L"er",      L"ihn",
      L"ihm",     L"es",       L"etwas",    L"euer",    L"eure",    L"eurem",   L"euren",
      L"eurer",   L"eures",    L"für",      L"gegen",   L"gewesen", L"hab",     L"habe",
      L"haben",   L"hat",      L"hatte",    L"hatten",  L"hier",    L"hin",     L"hinter",
      L"ich",     L"mich",     L"mir",      L"ihr",     L"ihre",    L"ihrem",   L"ihren",
      L"ihrer",   L"ihres",    L"euch",     L"im",      L"in",      L"indem",   L"ins",
      L"ist",     L"jede",     L"jedem",    L"jeden",   L"jeder",   L"jedes",   L"jene",
      L"jenem",   L"jenen",    L"jener",    L"jenes",   L"jetzt",   L"kann",    L"kein",
      L"keine",   L"keinem",   L"keinen",   L"keiner",  L"keines",  L"können",  L"könnte",
      L"machen",  L"man",      L"manche",   L"manchem", L"manchen", L"mancher", L"manches",
      L"mein",    L"meine",    L"meinem",   L"meinen",  L"meiner",  L"meines",  L"mit",
      L"muss",    L"musste",   L"nach",     L"nicht",   L"nichts",  L"noch",    L"nun",
      L"nur",     L"ob",       L"oder",     L"ohne",    L"sehr",    L"sein",    L"seine",
      L"seinem",  L"seinen",   L"seiner",   L"seines",  L"selbst",  L"sich",    L"sie",
      L"ihnen",   L"sind",     L"so",       L"solche",  L"solchem", L"solchen", L"solcher",
      L"solches", L"soll",     L"sollte",   L"sondern", L"sonst",   L"über",    L"um",
      L"und",     L"uns",      L"unsere",   L"unserem", L"unseren", L"unser",   L"unseres",
      L"unter",   L"viel",     L"vom",      L"von",     L"vor",     L"während", L"war",
      L"waren",   L"warst",    L"was",      L"weg",     L"weil",    L"weiter",  L"welche",
      L"welchem", L"welchen",  L"welcher",  L"welches", L"wenn",    L"werde",   L"werden",
      L"wie",     L"wieder",   L"will",     L"wir",     L"wird",    L"wirst",   L"wo",
      L"wollen",  L"wollte",   L"würde",    L"würden",  L"zu",      L"zum",     L"zur",
      L"zwar",    L"zwischen",
      // Not in Snowball's list: words of the questions readers type, which carry no topic.
      L"warum",   L"wieso",    L"weshalb",  L"wer",     L"wen",     L"wem",     L"tun",
      L"gibt",    L"gilt",     L"bedeutet", L"heißt",
  };
  return words;
}

}  // namespace querverweis
