#!/usr/bin/env bash
# Emacs in --batch mode with the shipped EditorConfigs/emacs/commissioning-mode.el loaded the way
# its header says (its folder on load-path, then require) and Eglot (built in from Emacs 29,
# Debian's elpa-eglot before), the server found on PATH. emacs-check.el opens the fixtures, lets
# Eglot connect, and writes down what Emacs got; this script compares (lib.sh):
#   - the major mode `commissioning-mode', the server's name and the project root (the fixtures'
#     .commissioning.yaml, found before the repository's .git);
#   - the Flymake diagnostics' lines and codes: exactly those of fixtures/faulty.framework.expected;
#   - Eglot's completion-at-point on the blank line under `integration:` offers every matrix area
#     not yet assessed (read from Schemas/vocabulary.schema.json) and none already there.
# Also byte-compiles the shipped file with warnings as errors.
# Usage: run-emacs.sh [path/to/commissioning-ls]   (default: .build/debug/commissioning-ls)
# Exit status 0 when every check passes, 1 otherwise; Emacs is stopped after 60 s at most.
set -euo pipefail
editor=emacs
source "$(dirname "$0")/lib.sh"
command -v emacs >/dev/null || fail "emacs is not installed (.ci/run installs Debian's emacs-nox)"
prepare "${1:-$repo/.build/debug/commissioning-ls}"
export COMMISSIONING_TEST_CONFIG_DIR="$repo/EditorConfigs/emacs"

# The byte-compiler reads the shipped file strictly; the .elc goes to the scratch folder.
cp "$repo/EditorConfigs/emacs/commissioning-mode.el" "$work/compile.el"
if timeout 60 emacs --batch --eval '(package-initialize)' --eval '(setq byte-compile-error-on-warn t)' \
  -f batch-byte-compile "$work/compile.el" >"$work/compile.log" 2>&1; then
  echo "$editor test: ok: commissioning-mode.el byte-compiles without warnings"
else
  echo "$editor test: FAIL: commissioning-mode.el does not byte-compile cleanly:" >&2
  cat "$work/compile.log" >&2
  failures=$((failures + 1))
fi

status=0
timeout 60 emacs --batch -l "$here/emacs-check.el" </dev/null >"$work/emacs.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  echo "$editor test: FAIL: emacs exited with status $status (124: timed out); its output:" >&2
  tail -n 40 "$work/emacs.log" >&2
  failures=$((failures + 1))
fi

compare_results "mode commissioning-mode" "root $here/fixtures" "server commissioning-ls"
eglot_version="$(emacs --batch --eval '(progn (require (quote eglot)) (require (quote lisp-mnt)) (princ (or (ignore-errors (lm-version (find-library-name "eglot"))) "?")))' 2>/dev/null || echo '?')"
echo "$editor test: all checks passed ($(emacs --version | head -n 1), Eglot $eglot_version)"
