#!/usr/bin/env bash
# Makes sure a Chromium exists for Playwright. Uses, in order: CHROMIUM_PATH, Debian's
# /usr/bin/chromium, Playwright's own browser; otherwise installs Debian's package (needs root
# and Debian's archive), falling back to Playwright's download where the network allows it.
set -uo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1; then exit 0; fi
echo "No Chromium found: installing one for the end-to-end tests…"
if command -v apt-get >/dev/null 2>&1; then
	SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
	$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null && exit 0
fi
npx playwright install chromium && exit 0
echo "Could not install Chromium. Install it (e.g. apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
