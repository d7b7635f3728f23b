#!/usr/bin/env bash
# check-ai-output.sh — fail the commit when AI-generated work still carries "not reviewed" markers.
#
# Used by the local hook in .pre-commit-config.yaml; pre-commit passes the staged file names as
# arguments. It can also run by hand:  scripts/check-ai-output.sh path/to/file ...
#
# Why: agents (and people) leave placeholders such as "TODO(ai)" or "<placeholder>" that read fine
# at a glance and then ship. Listing the markers your team uses here turns a review habit into a gate.
#
# Customise MARKERS below. Each entry is an extended regular expression (grep -E).
set -euo pipefail

MARKERS=(
	'TODO\(ai\)'                 # a task an agent left for later
	'FIXME\(agent\)'             # a known problem an agent flagged
	'AI-GENERATED: *UNREVIEWED'  # a banner some tools add to generated files
	'As an AI language model'    # chat boilerplate pasted into the work
	'<placeholder>'              # template placeholders nobody filled in
)

# Files that may legitimately mention the markers (this script, the checklist itself).
ALLOWED_FILES_REGEX='(^|/)(check-ai-output\.sh|validation-checklist\.md)$'

status=0
pattern=$(IFS='|'; printf '%s' "${MARKERS[*]}")

for file in "$@"; do
	[[ -f "$file" ]] || continue
	if [[ "$file" =~ $ALLOWED_FILES_REGEX ]]; then
		continue
	fi
	# -n prints line numbers, -H the file name, -I skips binary files.
	if grep -nHIE -- "$pattern" "$file"; then
		status=1
	fi
done

if [[ $status -ne 0 ]]; then
	echo "check-ai-output: review the lines above, then remove or resolve the markers." >&2
fi
exit "$status"
