#!/usr/bin/env bash
# Neovim, headless, with the shipped EditorConfigs/neovim/commissioning.lua installed the way the
# README says (in the config's plugin/ folder: here a symlink to the shipped file, not a copy) and
# the server found on PATH, as a user would have it. neovim-check.lua opens the fixtures and
# writes down what Neovim got; this script compares (lib.sh):
#   - the filetype `commissioning`, the client's name and the workspace root (the fixtures'
#     .commissioning.yaml, found before the repository's .git);
#   - the diagnostics' lines and codes: exactly those of fixtures/faulty.framework.expected;
#   - completion (textDocument/completion) on the blank line under `integration:` offers every
#     matrix area not yet assessed (read from Schemas/vocabulary.schema.json) and none already there.
# Usage: run-neovim.sh [path/to/commissioning-ls]   (default: .build/debug/commissioning-ls)
# Exit status 0 when every check passes, 1 otherwise; Neovim is stopped after 60 s at most.
set -euo pipefail
editor=neovim
source "$(dirname "$0")/lib.sh"
command -v nvim >/dev/null || fail "nvim is not installed (.ci/run installs Debian's neovim)"
prepare "${1:-$repo/.build/debug/commissioning-ls}"

mkdir -p "$work/config/nvim/plugin"
ln -s "$repo/EditorConfigs/neovim/commissioning.lua" "$work/config/nvim/plugin/commissioning.lua"
status=0
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache" \
  timeout 60 nvim --headless -u NORC -i NONE -n -c "luafile $here/neovim-check.lua" </dev/null || status=$?
if [ "$status" -ne 0 ]; then
  echo "$editor test: FAIL: nvim exited with status $status (124: timed out); the end of its LSP log:" >&2
  find "$work/cache" "$work/state" -name 'lsp.log' -exec tail -n 30 {} \; >&2 2>/dev/null || true
  failures=$((failures + 1))
fi

compare_results "filetype commissioning" "client commissioning-ls" "root $here/fixtures"
finish "$(nvim --version | head -n 1)"
