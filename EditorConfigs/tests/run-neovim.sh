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
#   - what the shipped file sets on attach (omnifunc, tagfunc, the buffer-local mappings, diagnostics
#     while typing), that a key the user mapped is left alone, and :CommissioningStatus;
#   - that <C-x><C-o> would insert each matrix area on one line (no NUL from a line break);
#   - K (hover), the quick fix of a misspelt term applied, gd and gr between a strategy and its
#     hypothesis set, the outline, :CommissioningRender;
#   - <leader>f (formatting), rename and code lenses, each only when the server advertises it
#     (else a SKIP line, so that the check runs once the server offers the feature).
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
  timeout 60 nvim --headless -u NORC -i NONE -n -c "luafile $here/neovim-check.lua" </dev/null >"$work/nvim.out" 2>"$work/nvim.err" || status=$?
# What Neovim wrote (the checks' failures, messages such as :CommissioningRender's), on lines of its own.
if [ -s "$work/nvim.err" ]; then cat "$work/nvim.err" >&2; echo >&2; fi
if [ "$status" -ne 0 ]; then
  echo "$editor test: FAIL: nvim exited with status $status (124: timed out); the end of its LSP log:" >&2
  find "$work/cache" "$work/state" -name 'lsp.log' -exec tail -n 30 {} \; >&2 2>/dev/null || true
  failures=$((failures + 1))
fi

compare_results "filetype commissioning" "client commissioning-ls" "root $here/fixtures"

# What the shipped file sets up in an attached buffer (FORMAT: vim.lsp.buf.formatting() on 0.7,
# vim.lsp.buf.format({ async = true }) from 0.8: neovim-check.lua checks the call for its version).
printf '%s\n' "omnifunc v:lua.vim.lsp.omnifunc" "tagfunc v:lua.vim.lsp.tagfunc" \
  "K <Cmd>lua vim.lsp.buf.hover()<CR>" "gd <Cmd>lua vim.lsp.buf.definition()<CR>" \
  "gr <Cmd>lua vim.lsp.buf.references()<CR>" "<leader>ca <Cmd>lua vim.lsp.buf.code_action()<CR>" \
  "<leader>rn <Cmd>lua vim.lsp.buf.rename()<CR>" "<leader>f <Cmd>lua vim.lsp.buf.FORMAT<CR>" \
  "update_in_insert true" >"$work/setup.expected"
check "on attach: omnifunc, tagfunc, buffer-local mappings, diagnostics while typing" "$work/setup.expected" "$out/setup.txt"

suffix_list="$(python3 "$here/schema-facts.py" "$repo" suffixes | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')"
printf '%s\n' "commissioning-ls is attached to this buffer: client id ID, root $here/fixtures" "LSP log: LOGFILE" \
  "commissioning-ls is not attached to this buffer (filetype ''; the server starts for $suffix_list)" "LSP log: LOGFILE" \
  >"$work/status.expected"
check ":CommissioningStatus, attached and not" "$work/status.expected" "$out/status.txt"

# <C-x><C-o> inserts each item's word as it is: one line, or a NUL where a line break was.
sed 's/$/ one line/' "$work/completion.expected" >"$work/completion-words.expected"
rm -f "$work/completion-words.areas"
if [ -f "$out/completion-words.txt" ]; then
  { grep -E "^($(paste -sd '|' "$work/areas.all")) " "$out/completion-words.txt" || true; } | LC_ALL=C sort >"$work/completion-words.areas"
fi
check "omnifunc completion inserts each area on one line (no NUL)" "$work/completion-words.expected" "$work/completion-words.areas"

echo "hover names the four approaches" >"$work/hover.expected"
check "K on the key approach shows its description" "$work/hover.expected" "$out/hover.txt"

echo "approach: joint" >"$work/code-action.expected"
check "the quick fix of the misspelt approach corrects it" "$work/code-action.expected" "$out/code-action.txt"

printf '%s\n' "gd rename.hypotheses.yaml   - id: H1" "gr cites.strategy.yaml hypotheses: [H1]" \
  "gr rename.hypotheses.yaml - id: H1" >"$work/navigation.expected"
check "gd from a cited hypothesis to its set; gr lists where it is cited" "$work/navigation.expected" "$out/navigation.txt"

check_unless_skipped "<leader>f formats the document as commissioning-ls fmt does" \
  "$here/fixtures/format.hypotheses.expected" "$out/formatting.txt"

printf '%s\n' "rename.hypotheses.yaml - id: H7" "rename.hypotheses.yaml - id: H2" "cites.strategy.yaml hypotheses: [H7]" \
  >"$work/rename.expected"
check_unless_skipped "rename H1 to H7 in the set and in the strategy citing it" "$work/rename.expected" "$out/rename.txt"
# The outline: every section, and each hypothesis under its id (other entries are not compared).
printf '%s\n' "4 [Module] kind" "5 [Module] title" "6 [Module] population" "7 [Module] hypotheses" \
  "8 [Object] H1" "11 [Object] H2" >"$work/symbols.expected"
rm -f "$work/symbols.named"
[ ! -f "$out/symbols.txt" ] || { grep -E ' (kind|title|population|hypotheses|H1|H2)$' "$out/symbols.txt" || true; } >"$work/symbols.named"
check "the outline (vim.lsp.buf.document_symbol) lists the sections and each hypothesis by id" \
  "$work/symbols.expected" "$work/symbols.named"

echo "page written, with the title" >"$work/render.expected"
check ":CommissioningRender writes the page under .commissioning-render/" "$work/render.expected" "$out/render.txt"

printf '%s\n' "K buffer-local (commissioning)" "gr global: <Cmd>echo 'my own gr'<CR>" >"$work/user-mappings.expected"
check "a key the user mapped is left alone" "$work/user-mappings.expected" "$out/user-mappings.txt"

echo "lens on H1 says where it is cited" >"$work/code-lens.expected"
check_unless_skipped "the code lens on a hypothesis says where it is cited" "$work/code-lens.expected" "$out/code-lens.txt"

finish "$(nvim --version | head -n 1)"
