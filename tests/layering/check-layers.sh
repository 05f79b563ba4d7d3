#!/usr/bin/env bash
# Checks that every source folder includes only the folders it may use (ARCHITECTURE.md), and that
# the public headers include no third-party library. Prints each offending include; exit 1 if any.
set -euo pipefail
cd "$(dirname "$0")/../.."

# folder: the include prefixes of the project it may use besides its own folder.
rules=(
  "analyzers/text:"
  "analyzers:analyzers/text/ querverweis/Analysis.h"
  "engine/boundary:analyzers/text/ querverweis/"
  "engine/corpus:engine/boundary/ analyzers/text/ querverweis/"
  "engine/language:engine/corpus/ engine/boundary/ analyzers/ querverweis/"
  "engine/linking:engine/language/ engine/corpus/ engine/boundary/ analyzers/ querverweis/"
  "engine/graph:engine/linking/ engine/language/ engine/corpus/ engine/boundary/ analyzers/ querverweis/"
  "engine/index:engine/graph/ engine/linking/ engine/language/ engine/corpus/ engine/boundary/ analyzers/ querverweis/"
  "engine/search:engine/index/ engine/graph/ engine/linking/ engine/language/ engine/corpus/ engine/boundary/ analyzers/ querverweis/"
  "engine:engine/ analyzers/ querverweis/"
  "engine/evaluation:engine/boundary/ analyzers/text/ querverweis/"
  "include/querverweis:querverweis/"
  "tools:querverweis/"
  "tools/manpages:analyzers/text/ querverweis/"
)

failures=0
for rule in "${rules[@]}"; do
  folder=${rule%%:*}
  allowed="${folder}/ ${rule#*:}"
  [ "$folder" = include/querverweis ] && allowed="querverweis/"
  for file in "$folder"/*.h "$folder"/*.cpp; do
    [ -e "$file" ] || continue
    while IFS= read -r include; do
      ok=0
      for prefix in $allowed; do
        [[ "$include" == "$prefix"* ]] && ok=1
      done
      if [ $ok = 0 ]; then
        echo "$file includes \"$include\", which $folder/ may not use"
        failures=$((failures + 1))
      fi
    done < <(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$file")
  done
done

# The public headers stand alone: no Lucene++, Boost or nlohmann/json.
if grep -nE '#include <(lucene\+\+|boost|nlohmann)' include/querverweis/*.h; then
  echo "a public header includes a third-party library"
  failures=$((failures + 1))
fi

if [ $failures -gt 0 ]; then
  echo "$failures include(s) break the layering"
  exit 1
fi
echo "layering: every include points down"
