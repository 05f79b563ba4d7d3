#!/usr/bin/env bash
# Copies the ready-made browser files of the pinned packages (package-lock.json) into this
# folder, with their licences. Run by hand when a version changes; serving needs no npm.
set -euo pipefail
cd "$(dirname "$0")"
# --ignore-scripts: no install script runs (swagger-ui-dist pulls in a telemetry postinstall).
npm ci --ignore-scripts --no-audit --no-fund
copy() {  # copy PACKAGE TARGET_FOLDER FILE...
  local package=$1 target=$2
  shift 2
  rm -rf "$target"
  mkdir -p "$target"
  for file in "$@"; do
    cp "node_modules/$package/$file" "$target/"
  done
}
copy sigma sigma build/sigma.min.js LICENSE.txt
copy graphology graphology dist/graphology.umd.min.js LICENSE.txt
copy swagger-ui-dist swagger-ui swagger-ui-bundle.js swagger-ui-bundle.js.LICENSE.txt \
  swagger-ui.css LICENSE NOTICE
# The bundles end with source-map comments whose files are not copied; browsers would ask for them.
sed -i '/^\/\/# sourceMappingURL=/d' swagger-ui/swagger-ui-bundle.js graphology/graphology.umd.min.js
sed -i 's|/\*# sourceMappingURL=[^*]*\*/||' swagger-ui/swagger-ui.css
rm -rf node_modules
