#!/usr/bin/env bash
# The pre-commit hooks (.pre-commit-hooks.yaml) through pre-commit itself (from PyPI, in a
# virtual environment): `pre-commit try-repo` over a scratch git repository, once with a good
# document (the hooks pass) and once with a bad one (lint fails, fmt rewrites). Slow — pre-commit
# builds the package in release mode for its environment — so .ci/run runs it only when
# COMMISSIONING_CI_PRE_COMMIT=1.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
python3 -m venv "$scratch/venv"
"$scratch/venv/bin/pip" install --quiet pre-commit
export PRE_COMMIT_HOME="$scratch/cache"
mkdir "$scratch/docs" && cd "$scratch/docs" && git init --quiet && git config user.email ci@example.org && git config user.name CI
cp "$repo/Schemas/examples/older-people.hypotheses.yaml" good.hypotheses.yaml
git add good.hypotheses.yaml
"$scratch/venv/bin/pre-commit" try-repo "$repo" commissioning-lint --files good.hypotheses.yaml \
  || { echo "pre-commit: lint should pass on a good document" >&2; exit 1; }
printf 'kind: hypothesis-set\ntitle: [unclosed\n' > bad.hypotheses.yaml
git add bad.hypotheses.yaml
if "$scratch/venv/bin/pre-commit" try-repo "$repo" commissioning-lint --files bad.hypotheses.yaml; then
  echo "pre-commit: lint should fail on a bad document" >&2; exit 1
fi
printf 'kind:   hypothesis-set\ntitle: Older people   \n' > messy.hypotheses.yaml
git add messy.hypotheses.yaml
if "$scratch/venv/bin/pre-commit" try-repo "$repo" commissioning-fmt --files messy.hypotheses.yaml; then
  echo "pre-commit: fmt should fail (it rewrote the file)" >&2; exit 1
fi
[ "$(cat messy.hypotheses.yaml)" = "$(printf 'kind: hypothesis-set\ntitle: Older people')" ] || { echo "pre-commit: fmt did not format" >&2; exit 1; }
echo "pre-commit check: ok"
