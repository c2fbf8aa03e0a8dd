-- Runs inside `nvim --headless` (started by run-neovim.sh, with the shipped
-- EditorConfigs/neovim/commissioning.lua installed as a plugin). It only observes: it opens the
-- fixtures, waits for the server, and writes what Neovim shows into files that run-neovim.sh
-- compares with the expectations. Any error ends Neovim with a non-zero status; it never waits
-- longer than the timeouts below.

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

-- Each check runs even when the one before failed, so that one run reports everything.
local failed = false
for _, check in ipairs({ check_suffixes, check_diagnostics, check_completion }) do
  local ok, failure = xpcall(check, debug.traceback)
  if not ok then
    failed = true
    io.stderr:write("neovim-check.lua: " .. tostring(failure) .. "\n")
  end
end
if failed then vim.cmd("cquit 3") end
vim.cmd("qall!")
