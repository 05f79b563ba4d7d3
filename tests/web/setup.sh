#!/usr/bin/env bash
# Installs the browser tests' npm packages exactly as package-lock.json pins them. Offline it
# keeps an installation that already matches the lockfile.
set -euo pipefail
cd "$(dirname "$0")"
installed=node_modules/.package-lock.json
if [ -f "$installed" ] && node -e '
  const want = require("./package-lock.json").packages;
  const have = require("./node_modules/.package-lock.json").packages;
  for (const [path, info] of Object.entries(want)) {
    if (path && (!have[path] || have[path].version !== info.version)) process.exit(1);
  }'; then
  echo "web tests: npm packages match package-lock.json"
  exit 0
fi
# No install scripts: none of the pinned packages needs one, and no browser is downloaded.
npm ci --ignore-scripts --no-audit --no-fund
