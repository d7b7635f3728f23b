#!/usr/bin/env bash
# Runs every test: type check, production build (schema, reference and search-index gates, service
# worker), the same build under /agentops/ (dist-sub/), unit and content tests, site checks (links
# on both builds, weight budgets, the release archive) and end-to-end + accessibility tests in
# Chromium against the builds served by nginx with deploy/nginx/ (scripts/serve-nginx.sh), then
# Lighthouse CI on the key pages (one test per page).
# Ends with one plain line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1

passed=0
failed=0
gate() { # a step that is not a test suite counts as one test
	local name=$1
	shift
	echo "▶ $name"
	if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "✗ $name failed"; return 1; fi
}

bash scripts/ensure-browser.sh || { echo "0 passed, 1 failed"; exit 1; }
# nginx serves the built site to the e2e tests as in production; without it scripts/serve-nginx.sh
# falls back to astro preview and says so loudly (the header checks then fail).
bash scripts/ensure-nginx.sh || echo "!!! nginx could not be installed: e2e runs on astro preview, not production nginx !!!"

gate "build" npm run build --silent || { echo "$passed passed, $failed failed"; exit 1; }
gate "astro check (types)" npx astro check --minimumSeverity error
# The same site under a sub-path, for the link checker and the sub-path smoke e2e.
rm -rf dist-sub
gate "build under a sub-path (BASE_PATH=/agentops/ → dist-sub/)" env BASE_PATH=/agentops/ bash -c 'npx astro build --outDir dist-sub >/tmp/agentops-build-sub.log 2>&1 || { tail -40 /tmp/agentops-build-sub.log; exit 1; }; node scripts/pagefind.mjs dist-sub && node scripts/sw.mjs dist-sub'

mkdir -p test-results
echo "▶ unit, content and site tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
counts=$(node scripts/count-results.mjs vitest test-results/vitest.json)
passed=$((passed + ${counts% *}))
failed=$((failed + ${counts#* }))

echo "▶ end-to-end and accessibility tests (Playwright, Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test --reporter=list,json
counts=$(node scripts/count-results.mjs playwright test-results/playwright.json)
passed=$((passed + ${counts% *}))
failed=$((failed + ${counts#* }))

echo "▶ Lighthouse CI on the key pages (lighthouserc.cjs: floor 95, goal 100 in every category)"
node scripts/lighthouse.mjs | tee test-results/lighthouse.log
counts=$(tail -n 1 test-results/lighthouse.log)
[[ $counts =~ ^[0-9]+\ [0-9]+$ ]] || counts="0 1"
passed=$((passed + ${counts% *}))
failed=$((failed + ${counts#* }))

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
