#!/usr/bin/env bash
# check-ai-output.sh — fail the commit when a file still carries placeholders or "not reviewed" markers.
#
# Used by the local hook in .pre-commit-config.yaml; pre-commit passes the staged file names as
# arguments. It can also run by hand:  scripts/check-ai-output.sh path/to/file ...
# Exit status: 0 when no file has a marker, 1 when one does (each hit is printed as file:line: text).
#
# Why: agents (and people) leave to-do notes, fill-in-the-blank brackets and filler text that read
# fine at a glance and then ship. Listing the markers your team uses here turns a review habit into
# a gate.
#
# Customize the two lists below. Each entry is an extended regular expression (grep -E). The
# patterns are written with a bracket in the middle of each word, e.g. T[O]DO, so that this script
# does not match its own lists and can be checked like any other file.
set -euo pipefail

# Matched as written (upper case only, whole words): notes someone meant to come back to.
CASE_MARKERS=(
	'\bT[O]DO\b'       # a task left for later, including the T-O-D-O(ai) form agents use
	'\bF[I]XME\b'      # a known problem left in place
	'\bX[X]X\b'        # a marker some people use instead
)

# Matched in any case: fill-in placeholders and pasted boilerplate.
ANYCASE_MARKERS=(
	'<you[r]-[^<>]*>'              # an angle-bracket placeholder such as the your-name form
	'<placeholde[r]>'              # the generic placeholder tag
	'\[inser[t][^]]*\]'            # a bracketed instruction to insert something
	'lore[m] ipsum'                # filler text
	'AI-GENERATE[D]: *UNREVIEWED'  # a banner some tools add to generated files
	'as an A[I] language model'    # chat boilerplate pasted into the work
)

join() { local IFS='|'; printf '%s' "$*"; }
case_pattern=$(join "${CASE_MARKERS[@]}")
anycase_pattern=$(join "${ANYCASE_MARKERS[@]}")

status=0
for file in "$@"; do
	[[ -f "$file" ]] || continue
	# -n prints line numbers, -H the file name, -I skips binary files.
	hits=$(
		grep -nHIE -- "$case_pattern" "$file" || true
		grep -nHIiE -- "$anycase_pattern" "$file" || true
	)
	if [[ -n "$hits" ]]; then
		printf '%s\n' "$hits" | sort -t: -k2,2n -u
		status=1
	fi
done

if [[ $status -ne 0 ]]; then
	echo "check-ai-output: placeholders or unreviewed markers remain on the lines above; fill them in or remove them." >&2
fi
exit "$status"
