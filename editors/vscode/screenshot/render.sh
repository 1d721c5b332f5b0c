#!/usr/bin/env bash
# Renders docs/images/template-colouring.png from the extension's grammar (needs Node.js and npm;
# not part of the test command): ./editors/vscode/screenshot/render.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/render.mjs" "$work/"
(cd "$work" && npm install --no-audit --no-fund --silent shiki@4 @resvg/resvg-js@2 >/dev/null)
mkdir -p "$root/docs/images"
node "$work/render.mjs" "$root/editors/vscode/syntaxes/copydesk-article.tmLanguage.json" \
  "$root/samples/NewsDesk/Templates/WirePage.article" "$root/docs/images/template-colouring.png"
