#!/usr/bin/env bash
# Installs the Debian 12 packages querverweis needs to build, test and serve.
# Idempotent: packages already present are left alone; apt runs only when one is missing.
# With --checks it adds what CI's further checks and the load test need (clang's libFuzzer,
# clang-format, wrk, curl).
set -euo pipefail

packages=(
  # toolchain
  g++ make cmake pkg-config
  # libraries
  liblucene++-dev libboost-dev libboost-system-dev libboost-thread-dev
  libboost-filesystem-dev libboost-date-time-dev libboost-iostreams-dev
  libboost-regex-dev libstemmer-dev nlohmann-json3-dev libcpp-httplib-dev
  libyaml-cpp-dev libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev libxxhash-dev
  libigraph-dev
  # the side-by-side benchmark (make bench-compare): Xapian as the peer, groff to render man pages
  libxapian-dev groff-base bsdextrautils
  # the web page's browser tests: Debian's Chromium, driven from Node.js (tests/web)
  chromium fonts-dejavu-core
  # German language data
  openthesaurus-de-text wngerman manpages-de
)
if [ "${1:-}" = "--checks" ]; then
  packages+=(clang libclang-rt-14-dev clang-format wrk curl)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# Node.js and npm count as present when their commands are, whichever package brought them: a
# Node.js from another source conflicts with Debian's npm package.
for command in node npm; do
  if ! command -v "$command" >/dev/null 2>&1; then
    case "$command" in
      node) missing+=(nodejs) ;;
      npm) missing+=(npm) ;;
    esac
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} Debian packages present, and node and npm"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
