#!/usr/bin/env bash
# `npm run test:full`: the slow and timing-dependent checks, which `.ci/run` runs after `npm test`.
# The same site built under a sub-path (dist-sub/) with its link check and smoke tests, the axe
# sweep over every page of the sitemap in light and dark, long fuzz runs of every reader of outside
# data, and Lighthouse CI on one key page of every page type (pages with islands run five times
# and the best run counts, since their scores follow the host's load). Builds dist/ first unless it
# is newer than every source file. Ends with one plain line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
REPORTS=test-results/full
source scripts/test-lib.sh
rm -rf "$REPORTS" dist-sub .lighthouseci
mkdir -p "$REPORTS"

ensure_tools
pick_ports
if [ ! -f dist/index.html ] || [ -n "$(find src public astro.config.mjs -newer dist/index.html -print -quit)" ]; then
	gate "build (dist/ is missing or older than the sources)" npm run build --silent || { finish full; exit 1; }
fi
gate "build under a sub-path (BASE_PATH=/agentops/ → dist-sub/)" env BASE_PATH=/agentops/ bash -c \
	"npx astro build --outDir dist-sub >'$REPORTS/build-sub.log' 2>&1 || { tail -40 '$REPORTS/build-sub.log'; exit 1; }; node scripts/pagefind.mjs dist-sub && node scripts/sw.mjs dist-sub"
suite "links on both builds, long fuzz runs (vitest)" vitest "$REPORTS/vitest.json" \
	env FUZZ_RUNS=20000 npx vitest run tests/links.test.ts src/lib/assessment/fuzz.test.ts --reporter=default --reporter=json --outputFile.json="$REPORTS/vitest.json"
suite "axe on every page, sub-path smoke tests (Playwright)" playwright "$REPORTS/playwright.json" \
	env AXE_SWEEP=all PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/playwright.json" npx playwright test e2e/sitewide.spec.ts e2e/subpath.spec.ts --reporter=list,json
echo "▶ Lighthouse CI on the key pages (lighthouserc.cjs: floor 95, goal 100 in every category)"
timed "Lighthouse CI" bash -c "LHCI_PORT=$((E2E_PORT + 5)) node scripts/lighthouse.mjs | tee '$REPORTS/lighthouse.log'"
lh_status=$?
counts=$(tail -n 1 "$REPORTS/lighthouse.log" 2>/dev/null)
[[ $counts =~ ^[0-9]+\ [0-9]+$ ]] || counts="0 1"
[ "${counts#* }" -eq 0 ] && [ "$lh_status" -ne 0 ] && counts="${counts% *} 1"
passed=$((passed + ${counts% *}))
failed=$((failed + ${counts#* }))
finish full
