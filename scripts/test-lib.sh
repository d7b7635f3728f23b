# Shared by scripts/test.sh and scripts/test-full.sh (sourced, not run). Every stage is timed;
# `gate` counts a step that is not a test suite as one test; `suite` runs a test runner and counts
# its report, written by this run into $REPORTS, together with its exit status.
export ASTRO_TELEMETRY_DISABLED=1
passed=0
failed=0
run_started=$(date +%s)
stage_names=()
stage_secs=()

timed() { # name command…: run and record the stage's duration
	local name=$1 start=$(date +%s) status
	shift
	"$@"
	status=$?
	stage_names+=("$name")
	stage_secs+=($(($(date +%s) - start)))
	return $status
}

gate() {
	local name=$1
	shift
	echo "▶ $name"
	if timed "$name" "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "✗ $name failed"; return 1; fi
}

suite() { # name vitest|playwright report command…
	local name=$1 kind=$2 report=$3 status counts
	shift 3
	echo "▶ $name"
	timed "$name" "$@"
	status=$?
	counts=$(node scripts/count-results.mjs "$kind" "$report" "$status" "$run_started")
	passed=$((passed + ${counts% *}))
	failed=$((failed + ${counts#* }))
	[ "${counts#* }" -eq 0 ] || echo "✗ $name: ${counts#* } failed"
}

# Ports chosen at run time (a run of consecutive free ones), never a fixed number another
# checkout might be serving on.
pick_ports() {
	E2E_PORT=$(node scripts/free-ports.mjs 6) || { echo "no free ports"; exit 1; }
	export E2E_PORT
	echo "e2e servers on 127.0.0.1:$E2E_PORT–$((E2E_PORT + 5))"
}

ensure_tools() {
	if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && [ -x "${NGINX_BIN:-/usr/sbin/nginx}" ]; then return 0; fi
	echo "▶ setup: Chromium or nginx is missing, running npm run setup"
	timed "setup (Chromium, nginx)" bash scripts/setup.sh || { echo "setup failed: install Chromium and nginx (npm run setup)"; echo "0 passed, 1 failed"; exit 1; }
}

finish() { # suite label: print the stage times, then the one summary line
	local total=$(($(date +%s) - run_started)) i
	{
		echo "Stage times ($1, $(nproc) cores):"
		for i in "${!stage_names[@]}"; do printf '  %-58s %5ss\n' "${stage_names[$i]}" "${stage_secs[$i]}"; done
		printf '  %-58s %5ss\n' "total" "$total"
	} | tee "$REPORTS/times.txt"
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}
