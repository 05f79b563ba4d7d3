// `querverweis eval`: indexes any corpus into a temporary index per analysis configuration,
// scores it against gold in Contract 4's format and prints a table (or JSON).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace querverweis {

struct EvalCommand {
  std::string corpus;
  std::string gold;
  std::vector<std::string> analyses = {"full"};  // "all" expands to every configuration
  bool json = false;
};

int runEval(const EvalCommand& command, std::ostream& out, std::ostream& log);

}  // namespace querverweis
