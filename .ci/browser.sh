#!/usr/bin/env bash
# Prepares the browser tests of the web page: Debian's chromium and the e2e driver (playwright-core) from npm.
# Idempotent; call before `dotnet test tests/Lagebild.Web.Tests`. Regenerating the vendored page libraries
# (src/Lagebild.Web/wwwroot/vendor) from npm: `cd src/Lagebild.Web/client && npm ci && node vendor.mjs`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v chromium >/dev/null 2>&1; then
  sudo_cmd=""
  if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium
fi
cd "$root/tests/Lagebild.Web.Tests/e2e"
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund
fi
echo "browser tests ready: $(command -v chromium), playwright-core $(node -p "require('./node_modules/playwright-core/package.json').version")"
