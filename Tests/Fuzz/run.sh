#!/usr/bin/env bash
# Builds and runs one libFuzzer target for a given time:
#
#   Tests/Fuzz/run.sh TARGET SECONDS [extra libFuzzer options...]
#   Tests/Fuzz/run.sh build [TARGET...]          # build only
#   Tests/Fuzz/run.sh replay TARGET FILE...      # run saved inputs once (a crash to reproduce)
#
# TARGET is one of:
#   analyzer  the whole analysis (parse, kind, schema, rules, suppressions, references) on any
#             bytes, under a file name rotating through the four document suffixes
#   framer    the JSON-RPC reader (Content-Length framing, then message decoding) on any byte stream
#   editing   random ranged edits in the three position encodings, against a naive model
#   features  the server's language service on any text: diagnostics, completion, hover, code
#             actions, outline, folding, selection, definition, references at places from the input
#   configuration  a `.commissioning.yaml` from any bytes: loading and checking it, then a
#             document checked with it and its ignore globs matched
#   glob      an ignore glob and a path from the input, against a naive matcher; each input must
#             finish within GLOB_TIMEOUT seconds (default 2), matching being linear
#
# The fuzz bodies are Tests/ReliabilityTests/Fuzzing/*.swift, shared with `swift test`, which
# replays every saved crash input (Tests/ReliabilityTests/Crashes/TARGET/) through the same body.
# The package's modules are built with coverage and AddressSanitizer into .build-fuzz-lib (not
# part of the normal `swift build`), then each target is linked with libFuzzer. Everything the
# run produces stays in git-ignored folders:
#   .build-fuzz-corpus/TARGET     the growing corpus (seeds are read from the repository)
#   .build-fuzz-artifacts/TARGET  crash-*, timeout-*, oom-* inputs: copy each into
#                                 Tests/ReliabilityTests/Crashes/TARGET/ once fixed
#   .build-fuzz-logs/TARGET.log   libFuzzer's output, with the final statistics
# FUZZ_SOURCE=DIR builds the modules from another copy of the package (say a `git archive` of
# HEAD while the working tree is being edited); the fuzz bodies always come from this one.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LIB="$ROOT/.build-fuzz-lib"
BIN="$ROOT/.build-fuzz-bin"
TARGETS=(analyzer framer editing features configuration glob)
MODULES=(Locking SourceText JSONSupport Syntax Schema Rules Analysis Features JSONRPC LanguageServerProtocol LanguageServer)
# gold cannot link the sanitizer runtimes here; lld ships with the toolchain.
SANITIZE=(-sanitize=fuzzer,address -use-ld=lld)

usage() { sed -n '2,18p' "$0" >&2; exit 2; }

build_modules() {
    echo "fuzz: building the modules with coverage and AddressSanitizer into $LIB" >&2
    (cd "${FUZZ_SOURCE:-$ROOT}" && swift build -c release --scratch-path "$LIB" --target LanguageServer \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >&2)
}

build_target() {
    local target="$1" objects=()
    # The objects of the last build (a folder may still hold those of files since removed).
    for module in "${MODULES[@]}"; do
        while read -r object; do [[ -f "$object" ]] && objects+=("$object"); done < <(
            grep -o '"object" *: *"[^"]*"' "$LIB/release/$module.build/output-file-map.json" | sed 's/.*: *"\(.*\)"/\1/')
    done
    mkdir -p "$BIN"
    echo "fuzz: linking $BIN/$target" >&2
    swiftc -swift-version 6 -O -parse-as-library "${SANITIZE[@]}" -module-name "${target}_fuzzer" \
        -I "$LIB/release/Modules" \
        "$ROOT"/Tests/ReliabilityTests/Fuzzing/*.swift "$ROOT/Tests/Fuzz/Targets/$target.swift" \
        "${objects[@]}" -o "$BIN/$target" 2> >(grep -v "Cannot export local symbol" >&2)
}

# Seeds: the hand-made ones, plus documents already in the repository (and the YAML test
# suite's inputs when ../shared is there), gathered rather than copied into the repository.
gather_seeds() {
    local target="$1" seeds="$ROOT/.build-fuzz-seeds/$1"
    rm -rf "$seeds" && mkdir -p "$seeds"
    cp "$ROOT/Tests/Fuzz/Corpus/$target"/* "$seeds"/ 2>/dev/null || true
    [[ "$target" == features ]] && cp "$ROOT/Tests/Fuzz/Corpus/analyzer"/* "$seeds"/
    cp "$ROOT/Tests/ReliabilityTests/Crashes/$target"/* "$seeds"/ 2>/dev/null || true
    if [[ "$target" == configuration ]]; then
        find "$ROOT/Tests" "$ROOT/EditorConfigs" -name '.commissioning.yaml' | while read -r file; do
            cp "$file" "$seeds/repository-$(basename "$(dirname "$file")").yaml"
        done
    fi
    if [[ "$target" == analyzer || "$target" == features ]]; then
        cp "$ROOT"/Schemas/examples/*.yaml "$seeds"/
        find "$ROOT/Tests/CLITests/Fixtures" -name '*.yaml' -exec cp {} "$seeds"/ \; 2>/dev/null || true
        local suite="$ROOT/../shared/conformance/yaml-test-suite"
        if [[ -d "$suite" ]]; then
            find "$suite" -name in.yaml | while read -r file; do
                cp "$file" "$seeds/suite-$(basename "$(dirname "$file")").yaml"
            done
        fi
    fi
    echo "$seeds"
}

# A libFuzzer dictionary of the schemas' keys and vocabulary ids, read from Schemas/ (never
# written down here), so that mutations reach validation and the rules.
make_dictionary() {
    local dictionary="$ROOT/.build-fuzz-seeds/analyzer.dict"
    command -v python3 >/dev/null || { echo ""; return; }
    python3 - "$ROOT/Schemas" > "$dictionary" <<'PYTHON'
import json, pathlib, sys
words = set()
def walk(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                words.update(f"{name}:" for name in value)
            if key in ("enum", "const"):
                words.update(str(item) for item in (value if isinstance(value, list) else [value]) if isinstance(item, str))
            if key == "id" and isinstance(value, str):
                words.add(value)
            walk(value)
    elif isinstance(node, list):
        for item in node:
            walk(item)
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.json")):
    walk(json.loads(path.read_text()))
words.update(["- ", ": ", "---", "...", "# commissioning-ls: disable ", "# commissioning-ls: disable-file ", " -- ", "£1m", "£1/4m", "2026-04-01"])
def quoted(word):  # libFuzzer's format: printable ASCII, with \\, \" and \xNN escapes
    return '"' + "".join(chr(b) if 32 <= b < 127 and b not in (34, 92) else f"\\x{b:02x}" for b in word.encode()) + '"'
for word in sorted(words):
    print(quoted(word))
PYTHON
    echo "$dictionary"
}

valid_target() { [[ " ${TARGETS[*]} " == *" $1 "* ]] || { echo "fuzz: unknown target '$1' (one of: ${TARGETS[*]})" >&2; exit 2; }; }

[[ $# -ge 1 ]] || usage
case "$1" in
build)
    shift
    build_modules
    for target in "${@:-${TARGETS[@]}}"; do valid_target "$target"; build_target "$target"; done
    ;;
replay)
    [[ $# -ge 3 ]] || usage
    valid_target "$2"
    target="$2"; shift 2
    [[ -x "$BIN/$target" ]] || { build_modules; build_target "$target"; }
    FUZZ_WORKSPACE="$ROOT/Schemas/examples" "$BIN/$target" -runs=1 "$@"
    ;;
*)
    [[ $# -ge 2 ]] || usage
    target="$1" seconds="$2"; shift 2
    valid_target "$target"
    build_modules
    build_target "$target"
    seeds="$(gather_seeds "$target")"
    corpus="$ROOT/.build-fuzz-corpus/$target"
    artifacts="$ROOT/.build-fuzz-artifacts/$target"
    logs="$ROOT/.build-fuzz-logs"
    mkdir -p "$corpus" "$artifacts" "$logs"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1
             -artifact_prefix="$artifacts/")
    # Matching is linear in pattern × path: an input that takes seconds is a finding.
    [[ "$target" == glob ]] && options+=(-timeout="${GLOB_TIMEOUT:-2}")
    if [[ "$target" == analyzer || "$target" == features || "$target" == configuration ]]; then
        dictionary="$(make_dictionary)"
        [[ -n "$dictionary" ]] && options+=(-dict="$dictionary")
        # References resolve against a workspace holding the example documents.
        workspace="$ROOT/.build-fuzz-seeds/workspace"
        rm -rf "$workspace" && mkdir -p "$workspace" && cp "$ROOT"/Schemas/examples/*.yaml "$workspace"/
        export FUZZ_WORKSPACE="$workspace"
    fi
    echo "fuzz: running $target for $seconds s; log in $logs/$target.log" >&2
    status=0
    nice -n 10 "$BIN/$target" "${options[@]}" "$@" "$corpus" "$seeds" > "$logs/$target.log" 2>&1 || status=$?
    grep -E "stat::|Done [0-9]+ runs|ERROR|SUMMARY|Test unit written" "$logs/$target.log" >&2 || true
    exit "$status"
    ;;
esac
