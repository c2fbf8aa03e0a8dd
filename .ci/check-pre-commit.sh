#!/usr/bin/env bash
# The pre-commit hooks (.pre-commit-hooks.yaml) through pre-commit itself (from PyPI, in a
# virtual environment): `pre-commit try-repo` over a scratch git repository, once with a good
# document (both hooks pass, the file is unchanged) and once with a bad and an untidy one (lint
# fails on the bad one; fmt rewrites the untidy one and leaves the bad one alone). try-repo builds
# the package in release mode in a temporary store on every call, whatever PRE_COMMIT_HOME says,
# so the cases are checked in two calls, not one per case. .ci/run runs this by default;
# COMMISSIONING_CI_PRE_COMMIT=0 skips it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
python3 -m venv "$scratch/venv"
"$scratch/venv/bin/pip" install --quiet --disable-pip-version-check pre-commit
export PRE_COMMIT_HOME="$scratch/cache"
pre_commit="$scratch/venv/bin/pre-commit"
mkdir "$scratch/docs" && cd "$scratch/docs" && git init --quiet && git config user.email ci@example.org && git config user.name CI

# A good document: both hooks run and pass, and fmt leaves it as it is.
cp "$repo/Schemas/examples/older-people.hypotheses.yaml" good.hypotheses.yaml
git add good.hypotheses.yaml
"$pre_commit" try-repo "$repo" --files good.hypotheses.yaml > "$scratch/good.txt" 2>&1 \
  || { cat "$scratch/good.txt" >&2; echo "pre-commit: both hooks should pass on a good document" >&2; exit 1; }
for hook in lint fmt; do
  grep -q "^commissioning-ls $hook\.*Passed$" "$scratch/good.txt" \
    || { cat "$scratch/good.txt" >&2; echo "pre-commit: $hook did not run and pass" >&2; exit 1; }
done
cmp -s good.hypotheses.yaml "$repo/Schemas/examples/older-people.hypotheses.yaml" \
  || { echo "pre-commit: fmt changed a tidy document" >&2; exit 1; }
git commit --quiet -m good

# A bad document (an unclosed '[') and an untidy one: lint fails on the bad one, fmt rewrites the
# untidy one (so it fails too) and leaves the one it cannot parse unchanged.
printf 'kind: hypothesis-set\ntitle: [unclosed\n' > bad.hypotheses.yaml
printf 'kind:   hypothesis-set\ntitle: Older people   \n' > messy.hypotheses.yaml
git add bad.hypotheses.yaml messy.hypotheses.yaml
if "$pre_commit" try-repo "$repo" --files bad.hypotheses.yaml messy.hypotheses.yaml > "$scratch/bad.txt" 2>&1; then
  cat "$scratch/bad.txt" >&2; echo "pre-commit: the hooks should fail on a bad document" >&2; exit 1
fi
grep -q "^commissioning-ls lint\.*Failed$" "$scratch/bad.txt" \
  && grep -q "^bad.hypotheses.yaml:2:8: error: .*\[syntax/unclosed-flow\]$" "$scratch/bad.txt" \
  || { cat "$scratch/bad.txt" >&2; echo "pre-commit: lint should fail on the unclosed '['" >&2; exit 1; }
grep -q "^commissioning-ls fmt\.*Failed$" "$scratch/bad.txt" \
  && grep -q "files were modified by this hook" "$scratch/bad.txt" \
  || { cat "$scratch/bad.txt" >&2; echo "pre-commit: fmt should fail, having rewritten a file" >&2; exit 1; }
[ "$(cat messy.hypotheses.yaml)" = "$(printf 'kind: hypothesis-set\ntitle: Older people')" ] \
  || { echo "pre-commit: fmt did not format the untidy document" >&2; exit 1; }
cmp -s bad.hypotheses.yaml <(printf 'kind: hypothesis-set\ntitle: [unclosed\n') \
  || { echo "pre-commit: fmt changed a document with a syntax error" >&2; exit 1; }
echo "pre-commit check: ok"
