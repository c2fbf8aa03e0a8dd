-- Runs inside `nvim --headless` (started by run-neovim.sh, with the shipped
-- EditorConfigs/neovim/commissioning.lua installed as a plugin). It opens the fixtures (it edits
-- only the buffers, never saving them; copies go to the output folder), waits for the server,
-- and writes what Neovim shows into files that run-neovim.sh compares with the expectations
-- (NAME.skip instead of NAME.txt for a feature the server does not advertise). Any error ends
-- Neovim with a non-zero status; it never waits longer than the timeouts below.

local fixtures = assert(os.getenv("COMMISSIONING_TEST_FIXTURES"), "COMMISSIONING_TEST_FIXTURES not set")
local out = assert(os.getenv("COMMISSIONING_TEST_OUT"), "COMMISSIONING_TEST_OUT not set")
local wait_ms = 20000

local function clients_of(bufnr)
  if vim.lsp.get_clients then return vim.lsp.get_clients({ bufnr = bufnr }) end
  local list = {}
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do table.insert(list, client) end
  return list
end

local function open(name)
  vim.cmd("edit " .. vim.fn.fnameescape(fixtures .. "/" .. name))
  local bufnr = vim.api.nvim_get_current_buf()
  local attached = vim.wait(wait_ms, function()
    local clients = clients_of(bufnr)
    return #clients > 0 and clients[1].initialized ~= false and clients[1].server_capabilities ~= nil
  end, 50)
  assert(attached, name .. ": no language server attached within " .. wait_ms .. " ms (see lsp.log)")
  return bufnr, clients_of(bufnr)[1]
end

local function write(name, lines)
  vim.fn.writefile(lines, out .. "/" .. name)
end

local function check_diagnostics()
  local bufnr, client = open("faulty.framework.yaml")
  write("facts.txt", {
    "filetype " .. vim.bo[bufnr].filetype,
    "client " .. client.name,
    "root " .. (client.config.root_dir or "?"),
  })
  local arrived = vim.wait(wait_ms, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  assert(arrived, "faulty.framework.yaml: no diagnostics within " .. wait_ms .. " ms")
  local lines = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    -- 1-based lines, as an editor shows them and as the .expected file lists them.
    table.insert(lines, string.format("%d %s", diagnostic.lnum + 1, tostring(diagnostic.code)))
  end
  table.sort(lines)
  write("diagnostics.txt", lines)
end

-- Which names get the filetype: each probe name is edited (a new, unsaved buffer) and wiped.
local function check_suffixes()
  local probes = assert(os.getenv("COMMISSIONING_TEST_PROBES"), "COMMISSIONING_TEST_PROBES not set")
  local lines = {}
  for name in probes:gmatch("%S+") do
    vim.cmd("edit " .. vim.fn.fnameescape(fixtures .. "/" .. name))
    local filetype = vim.bo.filetype
    table.insert(lines, name .. " " .. (filetype == "commissioning" and "commissioning" or "other"))
    vim.cmd("bwipeout!")
  end
  table.sort(lines)
  write("suffixes.txt", lines)
end

local function check_completion()
  local bufnr, client = open("completion.framework.yaml")
  assert(client.server_capabilities.completionProvider, "the server does not offer completion")
  local blank
  for index, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if text == "  " then blank = index - 1 end
  end
  assert(blank, "completion.framework.yaml has no line of two spaces")
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = blank, character = 2 },
  }
  local responses, err = vim.lsp.buf_request_sync(bufnr, "textDocument/completion", params, wait_ms)
  assert(responses, "textDocument/completion: " .. tostring(err))
  local labels = {}
  for _, response in pairs(responses) do
    assert(not response.err, "textDocument/completion failed: " .. vim.inspect(response.err))
    local result = response.result or {}
    for _, item in ipairs(result.items or result) do table.insert(labels, item.label) end
  end
  table.sort(labels)
  write("completion.txt", labels)
end

-- The first line (0-based) whose text matches the Lua pattern `pattern` outside comments, and the
-- 0-based column where `word` starts on it.
local function find(bufnr, pattern, word)
  for index, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if not text:match("^%s*#") and text:match(pattern) then
      local column = text:find(word, 1, true)
      if column then return index - 1, column - 1 end
    end
  end
  error("no line matches " .. pattern)
end

local function put_cursor(line, column) vim.api.nvim_win_set_cursor(0, { line + 1, column }) end

-- Runs a normal-mode key sequence as typed, mappings included.
local function press(keys)
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes(keys, true, false, true), "mx", false)
end

local function skip(name, why) write(name .. ".skip", { why }) end

-- What the shipped file sets when the server attaches: the options, the buffer-local mappings
-- (with the right formatting call for this Neovim), diagnostics while typing.
local function check_setup()
  local bufnr, client = open("faulty.framework.yaml")
  local lines = {
    "omnifunc " .. vim.bo[bufnr].omnifunc,
    "tagfunc " .. vim.bo[bufnr].tagfunc,
  }
  local format_call = vim.lsp.buf.format and "format({ async = true })" or "formatting()"
  for _, lhs in ipairs({ "K", "gd", "gr", "<leader>ca", "<leader>rn", "<leader>f" }) do
    local mapping = vim.fn.maparg(lhs, "n", false, true)
    local rhs = (mapping.buffer == 1 and mapping.rhs or "(no buffer-local mapping)"):gsub(vim.pesc(format_call), "FORMAT")
    table.insert(lines, lhs .. " " .. rhs)
  end
  local namespace = vim.lsp.diagnostic.get_namespace(client.id)
  table.insert(lines, "update_in_insert " .. tostring(vim.diagnostic.config(nil, namespace).update_in_insert))
  write("setup.txt", lines)
end

-- :CommissioningStatus in an attached buffer and in one that is not.
local function check_status()
  local bufnr, client = open("faulty.framework.yaml")
  local log_path = vim.lsp.get_log_path()
  local function status()
    local text = vim.api.nvim_exec("CommissioningStatus", true)
    text = text:gsub("client id " .. client.id .. ",", "client id ID,"):gsub(vim.pesc(log_path), "LOGFILE")
    return vim.split(text, "\n", { plain = true })
  end
  local lines = status()
  vim.cmd("enew")
  vim.list_extend(lines, status())
  vim.cmd("bwipeout!")
  vim.api.nvim_set_current_buf(bufnr)
  write("status.txt", lines)
end

-- What <C-x><C-o> inserts: vim.lsp.omnifunc hands the server's items to complete() through
-- text_document_completion_list_to_complete_items, and complete() inserts each item's `word` as
-- it is — a line break in it becomes a NUL (^@) in the buffer.
local function check_completion_words()
  local bufnr = open("completion.framework.yaml")
  local blank = find(bufnr, "^  $", "  ")
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = blank, character = 2 } }
  local responses = assert(vim.lsp.buf_request_sync(bufnr, "textDocument/completion", params, wait_ms))
  local lines = {}
  for _, response in pairs(responses) do
    for _, item in ipairs(vim.lsp.util.text_document_completion_list_to_complete_items(response.result or {}, "")) do
      local lsp_item = item.user_data and item.user_data.nvim and item.user_data.nvim.lsp and item.user_data.nvim.lsp.completion_item
      local label = lsp_item and lsp_item.label or item.abbr
      local word = item.word
      local shape = (word:find("[\n%z]") and "a line break (inserted as NUL)") or "one line"
      table.insert(lines, label .. " " .. shape)
    end
  end
  table.sort(lines)
  write("completion-words.txt", lines)
end

-- K on the key `approach` opens a floating window with the hover: the key's description.
local function check_hover()
  local bufnr = open("faulty.framework.yaml")
  put_cursor(find(bufnr, "^approach: jointly", "approach"))
  press("K")
  local text
  vim.wait(wait_ms, function()
    for _, window in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(window).relative ~= "" then
        text = table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(window), 0, -1, false), "\n")
        return true
      end
    end
    return false
  end, 50)
  assert(text, "K opened no hover window within " .. wait_ms .. " ms")
  for _, window in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(window).relative ~= "" then vim.api.nvim_win_close(window, true) end
  end
  -- The description names the approaches the vocabulary allows.
  local named = true
  for _, approach in ipairs({ "separate", "parallel", "joint", "integrated" }) do
    named = named and text:find(approach, 1, true) ~= nil
  end
  write("hover.txt", { named and "hover names the four approaches" or ("hover: " .. text:gsub("\n", " / ")) })
end

-- <leader>ca on the misspelt approach, choosing the action that mentions `joint` where the user
-- would pick it: in vim.ui.select, the function plugins such as telescope also replace.
local function check_code_action()
  local bufnr = open("faulty.framework.yaml")
  local line, column = find(bufnr, "^approach: jointly", "jointly")
  put_cursor(line, column)
  local offered, chosen = {}, false
  local select = vim.ui.select
  vim.ui.select = function(items, options, on_choice)
    for index, item in ipairs(items) do
      local title = (options.format_item and options.format_item(item)) or vim.inspect(item)
      table.insert(offered, title)
      if not chosen and title:find("joint", 1, true) then
        chosen = true
        on_choice(item, index)
      end
    end
    if not chosen then on_choice(nil, nil) end
  end
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  press("<leader>ca")
  vim.wait(wait_ms, function() return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick end, 50)
  vim.ui.select = select
  assert(chosen, "<leader>ca offered no action mentioning `joint`: " .. vim.inspect(offered))
  write("code-action.txt", { vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1] })
end

-- gd on the `H1` a strategy cites goes to the hypothesis in the set; gr on it there lists the
-- strategy's line among the references.
local function check_navigation()
  local bufnr = open("cites.strategy.yaml")
  put_cursor(find(bufnr, "hypotheses: %[H1%]", "H1"))
  press("gd")
  local arrived = vim.wait(wait_ms, function()
    return vim.api.nvim_buf_get_name(0):match("rename%.hypotheses%.yaml$") ~= nil
  end, 50)
  assert(arrived, "gd did not open rename.hypotheses.yaml")
  local set = vim.api.nvim_get_current_buf()
  local cursor = vim.api.nvim_win_get_cursor(0)
  local lines = { "gd " .. vim.fn.fnamemodify(vim.api.nvim_buf_get_name(set), ":t") .. " " ..
    vim.api.nvim_buf_get_lines(set, cursor[1] - 1, cursor[1], false)[1] }
  open("rename.hypotheses.yaml")
  put_cursor(find(set, "^  %- id: H1$", "H1"))
  vim.fn.setqflist({}, "r")
  press("gr")
  vim.wait(wait_ms, function() return #vim.fn.getqflist() > 0 end, 50)
  local found = {}
  for _, entry in ipairs(vim.fn.getqflist()) do
    table.insert(found, "gr " .. vim.fn.fnamemodify(vim.fn.bufname(entry.bufnr), ":t") .. " " .. vim.trim(entry.text))
  end
  table.sort(found)
  vim.list_extend(lines, found)
  vim.cmd("cclose")
  write("navigation.txt", lines)
end

-- <leader>f on an untidy copy of format.hypotheses.yaml, when the server offers formatting.
local function check_formatting()
  local copy = out .. "/format.hypotheses.yaml"
  vim.fn.writefile(vim.fn.readfile(fixtures .. "/format.hypotheses.yaml", "b"), copy, "b")
  vim.cmd("edit " .. vim.fn.fnameescape(copy))
  local bufnr = vim.api.nvim_get_current_buf()
  local attached = vim.wait(wait_ms, function() return #clients_of(bufnr) > 0 and clients_of(bufnr)[1].server_capabilities ~= nil end, 50)
  assert(attached, "format.hypotheses.yaml: no server attached")
  if not clients_of(bufnr)[1].server_capabilities.documentFormattingProvider then
    return skip("formatting", "the server does not advertise documentFormattingProvider")
  end
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  press("<leader>f")
  vim.wait(wait_ms, function() return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick end, 50)
  write("formatting.txt", vim.api.nvim_buf_get_lines(bufnr, 0, -1, false))
end

-- <leader>rn on `H1` in the set, when the server offers renaming: the set and the strategy that
-- cites it both read H7.
local function check_rename()
  local set, client = open("rename.hypotheses.yaml")
  if not client.server_capabilities.renameProvider then
    return skip("rename", "the server does not advertise renameProvider")
  end
  put_cursor(find(set, "^  %- id: H1$", "H1"))
  -- The new name, typed where <leader>rn asks for it (vim.ui.input).
  local input = vim.ui.input
  vim.ui.input = function(_, on_confirm) on_confirm("H7") end
  press("<leader>rn")
  local strategy = vim.fn.bufadd(fixtures .. "/cites.strategy.yaml")
  vim.fn.bufload(strategy)
  local function ids()
    local lines = {}
    for _, bufnr in ipairs({ set, strategy }) do
      for _, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
        if not text:match("^%s*#") and (text:match("id: H%d") or text:match("hypotheses: %[")) then
          table.insert(lines, vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ":t") .. " " .. vim.trim(text))
        end
      end
    end
    return lines
  end
  vim.wait(wait_ms, function() return table.concat(ids(), "\n"):find("H7", 1, true) ~= nil end, 50)
  vim.ui.input = input
  vim.wait(500, function() return false end, 50)
  write("rename.txt", ids())
end

-- vim.lsp.buf.document_symbol (the outline) on the hypothesis set: the list it fills (the
-- quickfix list on 0.7, the window's location list from 0.8).
local function check_symbols()
  local bufnr = open("rename.hypotheses.yaml")
  local window = vim.api.nvim_get_current_win()
  vim.fn.setqflist({}, "r")
  vim.fn.setloclist(window, {}, "r")
  vim.lsp.buf.document_symbol()
  local entries = {}
  vim.wait(wait_ms, function()
    entries = #vim.fn.getloclist(window) > 0 and vim.fn.getloclist(window) or vim.fn.getqflist()
    return #entries > 0
  end, 50)
  local lines = {}
  for _, entry in ipairs(entries) do
    table.insert(lines, string.format("%d %s", entry.lnum, entry.text))
  end
  vim.cmd("cclose")
  vim.cmd("lclose")
  vim.api.nvim_set_current_win(window)
  vim.api.nvim_set_current_buf(bufnr)
  write("symbols.txt", lines)
end

-- :CommissioningRender on a copy of the completion fixture (its root is the copy's folder):
-- the page is written under .commissioning-render/ and holds the document's title.
local function check_render()
  local copy = out .. "/render.framework.yaml"
  vim.fn.writefile(vim.fn.readfile(fixtures .. "/completion.framework.yaml", "b"), copy, "b")
  vim.cmd("edit " .. vim.fn.fnameescape(copy))
  local bufnr = vim.api.nvim_get_current_buf()
  assert(vim.wait(wait_ms, function() return #clients_of(bufnr) > 0 and clients_of(bufnr)[1].server_capabilities ~= nil end, 50),
    "render.framework.yaml: no server attached")
  vim.cmd("CommissioningRender")
  local page = out .. "/.commissioning-render/render.framework.html"
  vim.wait(wait_ms, function() return vim.loop.fs_stat(page) ~= nil end, 50)
  local text = vim.loop.fs_stat(page) and table.concat(vim.fn.readfile(page), "\n") or ""
  write("render.txt", { text:find("Westvale joint commissioning framework", 1, true)
    and "page written, with the title" or ("no page with the title at " .. page) })
end

-- Code lenses (vim.lsp.codelens, Neovim 0.6+) on the hypothesis set, when the server offers them:
-- the lens on H1 says where it is cited.
local function check_code_lens()
  local bufnr, client = open("rename.hypotheses.yaml")
  if not client.server_capabilities.codeLensProvider then
    return skip("code-lens", "the server does not advertise codeLensProvider")
  end
  -- The shipped file asks for the lenses itself (on attach, and as the buffer changes).
  vim.wait(wait_ms, function() return #(vim.lsp.codelens.get(bufnr) or {}) > 0 end, 50)
  local line = find(bufnr, "^  %- id: H1$", "H1")
  local title = "(no lens on H1)"
  for _, lens in ipairs(vim.lsp.codelens.get(bufnr) or {}) do
    if lens.range.start.line == line and lens.command then title = lens.command.title end
  end
  write("code-lens.txt", { title:find("cited", 1, true) and "lens on H1 says where it is cited" or ("lens on H1: " .. title) })
end

-- A user's own global mapping of `gr` stays: the buffer that attaches next gets K, not gr.
local function check_user_mappings()
  vim.api.nvim_set_keymap("n", "gr", "<Cmd>echo 'my own gr'<CR>", { noremap = true })
  local copy = out .. "/mine.hypotheses.yaml"
  vim.fn.writefile(vim.fn.readfile(fixtures .. "/rename.hypotheses.yaml", "b"), copy, "b")
  vim.cmd("edit " .. vim.fn.fnameescape(copy))
  local bufnr = vim.api.nvim_get_current_buf()
  local attached = vim.wait(wait_ms, function() return #clients_of(bufnr) > 0 and clients_of(bufnr)[1].server_capabilities ~= nil end, 50)
  local lines = {}
  for _, lhs in ipairs({ "K", "gr" }) do
    local mapping = vim.fn.maparg(lhs, "n", false, true)
    table.insert(lines, lhs .. " " .. (mapping.buffer == 1 and "buffer-local (commissioning)" or ("global: " .. tostring(mapping.rhs))))
  end
  vim.api.nvim_del_keymap("n", "gr")
  assert(attached, "mine.hypotheses.yaml: no server attached")
  write("user-mappings.txt", lines)
end

-- Each check runs even when the one before failed, so that one run reports everything.
local failed = false
for _, check in ipairs({ check_suffixes, check_diagnostics, check_completion, check_setup, check_status,
  check_completion_words, check_hover, check_navigation, check_symbols, check_render, check_code_lens,
  check_user_mappings, check_formatting, check_code_action, check_rename }) do
  local ok, failure = xpcall(check, debug.traceback)
  if not ok then
    failed = true
    io.stderr:write("neovim-check.lua: " .. tostring(failure) .. "\n")
  end
end
if failed then vim.cmd("cquit 3") end
vim.cmd("qall!")
