#!/usr/bin/env bash
# Emacs in --batch mode with the shipped EditorConfigs/emacs/commissioning-mode.el loaded the way
# its header says (its folder on load-path, then require) and Eglot (built in from Emacs 29,
# Debian's elpa-eglot before), the server found on PATH. emacs-check.el opens the fixtures, lets
# Eglot connect, and writes down what Emacs got; this script compares (lib.sh):
#   - the major mode `commissioning-mode' and its parent, the server's name and the project root
#     (the fixtures' .commissioning.yaml, found before the repository's .git);
#   - which file names open in the mode: every suffix of the schemas, and not plain .yaml;
#   - the Flymake diagnostics' lines and codes: exactly those of fixtures/faulty.framework.expected;
#   - Eglot's completion-at-point on the blank line under `integration:` offers every matrix area
#     not yet assessed (read from Schemas/vocabulary.schema.json) and none already there.
#   - that choosing each area (Eglot's exit function) inserts one line, with no NUL;
#   - that ElDoc puts the diagnostic's message first (the echo area), hover, the quick fix of a
#     misspelt term applied, M-. and M-? between a strategy and its hypothesis set, the outline
#     (imenu), M-x commissioning-render;
#   - eglot-format-buffer and eglot-rename, each only when the server advertises it (else a SKIP
#     line, so that the check runs once the server offers the feature).
# Twice: with yaml-mode (the parent when installed: Debian's elpa-yaml-mode) and with it hidden
# (the prog-mode fallback). Also byte-compiles the shipped file with warnings as errors.
# Usage: run-emacs.sh [path/to/commissioning-ls]   (default: .build/debug/commissioning-ls)
# Exit status 0 when every check passes, 1 otherwise; each Emacs is stopped after 60 s at most.
set -euo pipefail
editor=emacs
source "$(dirname "$0")/lib.sh"
command -v emacs >/dev/null || fail "emacs is not installed (.ci/run installs Debian's emacs-nox)"
prepare "${1:-$repo/.build/debug/commissioning-ls}"
export COMMISSIONING_TEST_CONFIG_DIR="$repo/EditorConfigs/emacs"

# The byte-compiler reads the shipped file strictly; the .elc goes to the scratch folder.
cp "$repo/EditorConfigs/emacs/commissioning-mode.el" "$work/compile.el"
if timeout 60 emacs --batch --eval '(setq byte-compile-error-on-warn t)' \
  -f batch-byte-compile "$work/compile.el" >"$work/compile.log" 2>&1; then
  echo "$editor test: ok: commissioning-mode.el byte-compiles without warnings"
else
  echo "$editor test: FAIL: commissioning-mode.el does not byte-compile cleanly:" >&2
  cat "$work/compile.log" >&2
  failures=$((failures + 1))
fi

emacs --batch --eval "(require 'yaml-mode)" >/dev/null 2>&1 \
  || fail "yaml-mode is not installed (.ci/run installs Debian's elpa-yaml-mode)"
# What emacs-check.el found beyond diagnostics and completion, for one run (lib.sh's $out, $label).
compare_features() {
  printf '%s\n' "first commissioning-diagnostics-eldoc-function" \
    "doc \`jointly\` is not a commissioning approach; expected one of separate, parallel, joint, integrated. Did you mean \`joint\`? [schema/enum]" \
    >"$work/echo-area.expected"
  check "the echo area shows the diagnostic's message first (ElDoc)" "$work/echo-area.expected" "$out/echo-area.txt"

  echo "hover names the four approaches" >"$work/hover.expected"
  check "hover on the key approach shows its description" "$work/hover.expected" "$out/hover.txt"

  sed 's/$/ one line/' "$work/completion.expected" >"$work/completion-words.expected"
  rm -f "$work/completion-words.areas"
  if [ -f "$out/completion-words.txt" ]; then
    { grep -E "^($(paste -sd '|' "$work/areas.all")) " "$out/completion-words.txt" || true; } | LC_ALL=C sort >"$work/completion-words.areas"
  fi
  check "choosing a completed area inserts one line (no NUL)" "$work/completion-words.expected" "$work/completion-words.areas"

  echo "approach: joint" >"$work/code-action.expected"
  check "the quick fix of the misspelt approach corrects it" "$work/code-action.expected" "$out/code-action.txt"

  printf '%s\n' "M-. rename.hypotheses.yaml - id: H1" "M-? cites.strategy.yaml hypotheses: [H1]" \
    "M-? rename.hypotheses.yaml - id: H1" | LC_ALL=C sort >"$work/navigation.expected"
  check "M-. from a cited hypothesis to its set; M-? lists where it is cited" "$work/navigation.expected" "$out/navigation.txt"

  # The outline (imenu, from the server's symbols): every section, each hypothesis by its id.
  printf '%s\n' "Module / hypotheses 7" "Module / kind 4" "Module / population 6" "Module / title 5" \
    "Object / hypotheses / H1 8" "Object / hypotheses / H2 11" >"$work/symbols.expected"
  rm -f "$work/symbols.named"
  [ ! -f "$out/symbols.txt" ] || { grep -E ' / (kind|title|population|hypotheses|H1|H2) [0-9]+$' "$out/symbols.txt" || true; } >"$work/symbols.named"
  check "the outline (imenu) lists the sections and each hypothesis by id" "$work/symbols.expected" "$work/symbols.named"

  echo "page .commissioning-render/render.framework.html, with the title" >"$work/render.expected"
  check "M-x commissioning-render writes the page and opens it" "$work/render.expected" "$out/render.txt"

  check_unless_skipped "eglot-format-buffer formats the document as commissioning-ls fmt does" \
    "$here/fixtures/format.hypotheses.expected" "$out/formatting.txt"

  printf '%s\n' "rename.hypotheses.yaml - id: H7" "rename.hypotheses.yaml - id: H2" "cites.strategy.yaml hypotheses: [H7]" \
    >"$work/rename.expected"
  check_unless_skipped "eglot-rename H1 to H7 in the set and in the strategy citing it" "$work/rename.expected" "$out/rename.txt"
}

for parent in yaml-mode prog-mode; do
  label="$parent"
  out="$work/out-$parent"
  mkdir -p "$out"
  status=0
  COMMISSIONING_TEST_OUT="$out" COMMISSIONING_TEST_WITHOUT_YAML_MODE="$([ "$parent" = prog-mode ] && echo 1 || echo 0)" \
    timeout 60 emacs --batch -l "$here/emacs-check.el" </dev/null >"$work/emacs.log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    echo "$editor test: FAIL: $parent: emacs exited with status $status (124: timed out); its output:" >&2
    tail -n 40 "$work/emacs.log" >&2
    failures=$((failures + 1))
  fi
  compare_results "mode commissioning-mode" "parent $parent" "root $here/fixtures" "server commissioning-ls"
  compare_features
done

eglot_version="$(emacs --batch --eval '(progn (require (quote eglot)) (require (quote lisp-mnt)) (princ (or (ignore-errors (lm-version (find-library-name "eglot"))) "?")))' 2>/dev/null || echo '?')"
finish "$(emacs --version | head -n 1), Eglot $eglot_version"
