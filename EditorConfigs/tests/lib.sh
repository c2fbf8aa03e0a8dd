# Shared by run-neovim.sh and run-emacs.sh (sourced, not run). Before sourcing, set `editor` (the
# name in messages); then call `prepare BINARY`, run the editor with COMMISSIONING_TEST_OUT=$out,
# `compare_results`, and at the end `finish`.
# The editor writes into $out: facts.txt, suffixes.txt ("probe.strategy.yaml commissioning"
# for each name the editor was asked about: its mode or filetype was the commissioning one, or
# "other"), diagnostics.txt and completion.txt; each script compares the rest itself. A feature
# the server does not advertise is written as NAME.skip (its reason) instead of NAME.txt.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
failures=0

fail() { echo "$editor test: FAIL: $*" >&2; exit 1; }

# prepare BINARY: a scratch folder ($work, removed on exit) with the server on PATH as
# `commissioning-ls` (the configurations run that name, unchanged) and a fresh HOME.
prepare() {
  local binary="$1"
  [ -x "$binary" ] || fail "no server binary at $binary (build it first: swift build)"
  command -v python3 >/dev/null || fail "python3 is needed to read the schemas"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/bin" "$work/out" "$work/home"
  out="$work/out"
  ln -s "$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")" "$work/bin/commissioning-ls"
  export PATH="$work/bin:$PATH" HOME="$work/home"
  export COMMISSIONING_TEST_FIXTURES="$here/fixtures" COMMISSIONING_TEST_OUT="$work/out"
  # The file names each editor is asked to classify (none of them exists).
  COMMISSIONING_TEST_PROBES="$( { python3 "$here/schema-facts.py" "$repo" suffixes | sed 's/^/probe/'; echo probe.yaml; } | tr '\n' ' ')"
  export COMMISSIONING_TEST_PROBES
}

# check NAME EXPECTED-FILE ACTUAL-FILE (NAME is prefixed with $label when one is set)
label=""
check() {
  set -- "${label:+$label: }$1" "$2" "$3"
  if [ ! -f "$3" ]; then
    echo "$editor test: FAIL: $1 ($editor wrote nothing)" >&2
    failures=$((failures + 1))
  elif diff -u "$2" "$3" >"$work/diff"; then
    echo "$editor test: ok: $1"
  else
    echo "$editor test: FAIL: $1 (- expected, + $editor)" >&2
    cat "$work/diff" >&2
    failures=$((failures + 1))
  fi
}

# check_unless_skipped NAME EXPECTED-FILE ACTUAL-FILE: as `check`, unless the editor wrote
# ACTUAL-FILE's .skip instead (its base name, e.g. rename.skip for rename.txt): the feature is one
# the server does not advertise, so the check is reported as SKIP with the editor's reason.
skipped=0
check_unless_skipped() {
  local skip_file="${3%.txt}.skip"
  if [ -f "$skip_file" ]; then
    echo "$editor test: SKIP: ${label:+$label: }$1 ($(cat "$skip_file"))"
    skipped=$((skipped + 1))
  else
    check "$@"
  fi
}

# compare_results FACTS-EXPECTED-LINE...: the facts, then the file names, diagnostics and
# completion every editor must show alike, from what the editor wrote into $out.
compare_results() {
  printf '%s\n' "$@" >"$work/facts.expected"
  check "mode, server and workspace root" "$work/facts.expected" "$out/facts.txt"

  grep -v '^#' "$here/fixtures/faulty.framework.expected" | LC_ALL=C sort >"$work/diagnostics.expected"
  check "diagnostics of faulty.framework.yaml (line code)" "$work/diagnostics.expected" "$out/diagnostics.txt"

  # Every suffix of the schemas opens as a commissioning document; any other YAML file does not.
  { python3 "$here/schema-facts.py" "$repo" suffixes | sed 's/^\(.*\)$/probe\1 commissioning/'
    echo "probe.yaml other"; } | LC_ALL=C sort >"$work/suffixes.expected"
  check "file names: the schemas' suffixes are commissioning documents, plain .yaml is not" \
    "$work/suffixes.expected" "$out/suffixes.txt"

  python3 "$here/schema-facts.py" "$repo" areas >"$work/areas.all"
  python3 "$here/schema-facts.py" "$repo" missing-areas "$here/fixtures/completion.framework.yaml" >"$work/completion.expected"
  [ -s "$work/completion.expected" ] || fail "no matrix areas found in Schemas/vocabulary.schema.json"
  # Other items (snippets, other keys) may be offered too: only the matrix areas are compared.
  rm -f "$work/completion.areas"
  if [ -f "$out/completion.txt" ]; then
    { grep -Fx -f "$work/areas.all" "$out/completion.txt" || true; } | LC_ALL=C sort >"$work/completion.areas"
  fi
  check "completion under integration: offers the areas not yet assessed, and only those" \
    "$work/completion.expected" "$work/completion.areas"

}

# finish VERSION-TEXT: exit 1 when any check failed, else say what passed.
finish() {
  [ "$failures" -eq 0 ] || fail "$failures check(s) failed"
  echo "$editor test: all checks passed, $skipped skipped ($1)"
}
