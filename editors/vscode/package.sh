#!/usr/bin/env bash
# Packages the VS Code extension to copydesk-article-<version>.vsix with @vscode/vsce (needs Node.js and npm;
# not part of the test command). Install the result with: code --install-extension copydesk-article-*.vsix
set -euo pipefail
cd "$(dirname "$0")"
npx --yes @vscode/vsce@3 package --no-dependencies --allow-missing-repository --skip-license
