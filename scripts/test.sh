#!/usr/bin/env bash
# `npm test`: every test that decides whether a change is right, deterministic and independent of
# machine speed. Production build (its schema, reference and search-index gates), type check,
# lint and format check, unit, property and content tests, site checks on the build (links, CSP,
# weight budgets, the release archive), and end-to-end tests in Chromium against the build served
# by nginx with the production rules, including axe on one page of every page template in light
# and dark.
# Lighthouse, the axe sweep over every page, the sub-path build and long fuzz runs are in
# `npm run test:full` (scripts/test-full.sh). Ends with one plain line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
REPORTS=test-results/main
source scripts/test-lib.sh
# Reports, servers' files and the sub-path build from an earlier run are gone before anything runs,
# and so is Astro's content cache (.astro/): it keeps rendered Markdown across changes to the
# Markdown configuration, so a local run could pass on output a fresh clone no longer produces.
rm -rf "$REPORTS" .test-tmp dist-sub .astro
mkdir -p "$REPORTS"

ensure_tools
pick_ports
gate "build (schemas, references, search index, service worker)" npm run build --silent || { finish main; exit 1; }
gate "astro check (types, .astro files included; fails on warnings)" npx astro check --minimumFailingSeverity warning
gate "lint and format (ESLint, Prettier; npm run format fixes most)" npm run lint --silent
suite "unit, property, content and site tests (vitest)" vitest "$REPORTS/vitest.json" \
	npx vitest run --reporter=default --reporter=json --outputFile.json="$REPORTS/vitest.json"
suite "end-to-end and accessibility tests (Playwright, Chromium, nginx)" playwright "$REPORTS/playwright.json" \
	env PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/playwright.json" npx playwright test --reporter=list,json
finish main
