#!/usr/bin/env bash
# Renders Debian's German man pages (package manpages-de, /usr/share/man/de) to plain UTF-8 text,
# one file per page, with groff as `man` does on an 80-column terminal (line length 78, one
# continuous page, tbl and preconv run on every page: the only preprocessor the pages ask for is
# tbl), but without hyphenation (-rHY=0; mdoc pages ignore it and make_compare_corpus joins their
# hyphenated words again). groff is called directly because man-db takes twice as long per page.
# The result is cached: a second run with the same pages and tools does nothing.
#
#   bench/compare/render-manpages.sh build/bench-compare/manpages
#   → build/bench-compare/manpages/text/man1/ls.1.txt, …, and SOURCE (what made them)
#
# A page that fails to render or renders to almost nothing is listed in SKIPPED with the reason.
# The output is deterministic: pages in byte order, fixed width, locale and tool versions.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: render-manpages.sh OUTPUT_DIR" >&2
  exit 2
fi
out=$1
man_root=${MAN_ROOT:-/usr/share/man/de}
jobs=${JOBS:-2}

if [ ! -d "$man_root" ]; then
  echo "render-manpages: $man_root not found (install the Debian package manpages-de)" >&2
  exit 1
fi

export LC_ALL=C.UTF-8
groff_options="-k -t -T utf8 -mandoc -rHY=0 -rLL=78n -rcR=1"
export groff_options

versions() {
  dpkg-query -W -f='${Package} ${Version}\n' manpages-de groff-base bsdextrautils 2>/dev/null
}

# What the cache was made from: the tool versions and every page's name, size and time.
describe() {
  echo "rendered with: zcat PAGE | groff $groff_options | col -bx"
  versions
  find "$man_root" -type f -name '*.gz' -printf '%P %s %T@\n' | sort
}

mkdir -p "$out"
if [ -f "$out/SOURCE" ] && [ -d "$out/text" ] && cmp -s <(describe) "$out/SOURCE"; then
  echo "render-manpages: cached in $out ($(find "$out/text" -name '*.txt' | wc -l) pages)" >&2
  exit 0
fi

rm -rf "$out/text" "$out/SOURCE" "$out/SKIPPED"
mkdir -p "$out/text"

render_one() {
  local page=$1 out=$2 man_root=$3
  local relative=${page#"$man_root"/}
  local target="$out/text/${relative%.gz}.txt"
  mkdir -p "$(dirname "$target")"
  local err
  err=$(mktemp)
  # shellcheck disable=SC2086 # the options are words
  if zcat "$page" | groff $groff_options 2>"$err" | col -bx >"$target.tmp" &&
    [ "$(wc -c <"$target.tmp")" -ge 200 ]; then
    mv "$target.tmp" "$target"
  else
    echo "$relative: $(head -c 200 "$err" | tr '\n' ' ')(output $(wc -c <"$target.tmp") bytes)" \
      >"$target.skipped"
    rm -f "$target.tmp"
  fi
  rm -f "$err"
}
export -f render_one

# shellcheck disable=SC2016 # expanded by the inner bash
find "$man_root" -type f -name '*.gz' | sort |
  xargs -P "$jobs" -I{} bash -c 'render_one "$1" "$2" "$3"' _ {} "$out" "$man_root"

find "$out/text" -name '*.skipped' | sort | xargs -r cat >"$out/SKIPPED"
find "$out/text" -name '*.skipped' -delete
describe >"$out/SOURCE"
echo "render-manpages: $(find "$out/text" -name '*.txt' | wc -l) pages rendered," \
  "$(wc -l <"$out/SKIPPED") skipped (see $out/SKIPPED)" >&2
