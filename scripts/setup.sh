#!/usr/bin/env bash
# Installs what the tests need beyond npm: a Chromium for Playwright and Debian's nginx (the
# e2e tests serve the build with the production rules). `npm run setup`; `npm test` calls it
# only when one of them is missing. Needs root (or sudo) and Debian's package archive.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browser.sh || exit 1
bash scripts/ensure-nginx.sh || exit 1
