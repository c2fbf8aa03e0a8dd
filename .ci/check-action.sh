#!/usr/bin/env bash
# Runs the GitHub Action's shell step (.ci/action-lint.sh) against a scratch repository with a
# good and a bad document, as the action would, and checks its output and status. Usage:
#   bash .ci/check-action.sh PATH/TO/commissioning-ls
set -euo pipefail
binary=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$here/../Schemas/examples/older-people.hypotheses.yaml" "$scratch/good.hypotheses.yaml"
printf 'kind: hypothesis-set\ntitle: [unclosed\n' > "$scratch/bad.hypotheses.yaml"
run() { # FORMAT PATHS -> prints the status
  (cd "$scratch" && rm -f out && GITHUB_OUTPUT="$scratch/out" LINT_FORMAT="$1" LINT_SEVERITY=info LINT_PATHS="$2" \
    LINT_CONFIG= LINT_BASELINE= LINT_MAX_WARNINGS= BINARY="$binary" bash "$here/action-lint.sh" > "$scratch/stdout" && cat out)
}
[ "$(run sarif good.hypotheses.yaml)" = "status=0" ] || { echo "action: a good document should pass" >&2; exit 1; }
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['version']=='2.1.0'" "$scratch/commissioning-ls.sarif"
[ "$(run sarif .)" = "status=1" ] || { echo "action: a bad document should fail" >&2; exit 1; }
grep -q '"ruleId" *: *"syntax/' "$scratch/commissioning-ls.sarif" || { echo "action: the SARIF should name the syntax error" >&2; exit 1; }
[ "$(run github 'good.hypotheses.yaml bad.hypotheses.yaml')" = "status=1" ] || { echo "action: github format should fail on the bad document" >&2; exit 1; }
grep -q '^::error file=bad.hypotheses.yaml' "$scratch/stdout" || { echo "action: github annotations expected" >&2; cat "$scratch/stdout" >&2; exit 1; }
echo "action check: ok"
