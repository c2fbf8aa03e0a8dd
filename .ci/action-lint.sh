#!/usr/bin/env bash
# The GitHub Action's lint step (action.yml): builds the argument list from the inputs, runs
# lint, keeps the SARIF in commissioning-ls.sarif (format sarif) or prints annotations (github),
# and records the exit status as the step's output `status` (the upload must run first).
set -uo pipefail
args=(lint --format "$LINT_FORMAT" --severity "$LINT_SEVERITY")
[ -n "${LINT_CONFIG:-}" ] && args+=(--config "$LINT_CONFIG")
[ -n "${LINT_BASELINE:-}" ] && args+=(--baseline "$LINT_BASELINE")
[ -n "${LINT_MAX_WARNINGS:-}" ] && args+=(--max-warnings "$LINT_MAX_WARNINGS")
read -r -a paths <<< "${LINT_PATHS:-.}"
args+=(-- "${paths[@]}")
if [ "$LINT_FORMAT" = sarif ]; then
  "$BINARY" "${args[@]}" > commissioning-ls.sarif
else
  "$BINARY" "${args[@]}"
fi
status=$?
echo "status=$status" >> "${GITHUB_OUTPUT:-/dev/null}"
exit 0
