-- commissioning-ls for Neovim 0.7 and later, with the built-in LSP client (no plugin needed).
--
-- Install: copy this file to ~/.config/nvim/plugin/commissioning.lua (Neovim runs every file in
-- plugin/ at start-up), or `dofile()` it from your init.lua. `commissioning-ls` must be on PATH;
-- to use another binary, set before this file runs:
--   vim.g.commissioning_ls_cmd = { "/path/to/commissioning-ls", "--stdio" }
--
-- What it does:
--   * files named *.strategy.yaml, *.mps.yaml, *.framework.yaml, *.hypotheses.yaml (and .yml)
--     get the filetype `commissioning`, coloured as YAML, indented with two spaces;
--   * each such buffer is attached to one `commissioning-ls --stdio` per workspace root: the
--     nearest folder holding .commissioning.yaml (or .yml), else the nearest holding .git,
--     else the file's own folder;
--   * :CommissioningRender (in such a buffer) asks the server for the buffer's HTML page
--     (`workspace/executeCommand` `commissioning.render`), written to <root>/.commissioning-render/,
--     and opens it (Neovim 0.10+; before, it prints the page's file:// URI). The one-line form:
--       :lua vim.lsp.buf.execute_command({command='commissioning.render', arguments={vim.uri_from_bufnr(0)}})

local suffixes = {
  ".strategy.yaml", ".strategy.yml",
  ".mps.yaml", ".mps.yml",
  ".framework.yaml", ".framework.yml",
  ".hypotheses.yaml", ".hypotheses.yml",
}
local root_markers = { { ".commissioning.yaml", ".commissioning.yml" }, { ".git" } }
local server_name = "commissioning-ls"

local function server_cmd()
  return vim.g.commissioning_ls_cmd or { "commissioning-ls", "--stdio" }
end

-- Filetype detection. Neovim 0.8+ has vim.filetype.add; 0.7 reads it only with filetype.lua
-- switched on, so there an autocommand does the same.
if vim.fn.has("nvim-0.8") == 1 then
  local patterns = {}
  for _, suffix in ipairs(suffixes) do
    patterns[".*" .. vim.pesc(suffix)] = "commissioning"
  end
  vim.filetype.add({ pattern = patterns })
else
  local globs = {}
  for _, suffix in ipairs(suffixes) do
    table.insert(globs, "*" .. suffix)
  end
  vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
    pattern = globs,
    callback = function() vim.bo.filetype = "commissioning" end,
  })
end

-- The nearest ancestor of `path` holding one of `names`, or nil.
local function ancestor_holding(path, names)
  local dir = vim.fn.fnamemodify(path, ":p:h")
  while true do
    for _, name in ipairs(names) do
      if vim.loop.fs_stat(dir .. "/" .. name) then return dir end
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then return nil end
    dir = parent
  end
end

local function root_of(path)
  for _, names in ipairs(root_markers) do
    local root = ancestor_holding(path, names)
    if root then return root end
  end
  return vim.fn.fnamemodify(path, ":p:h")
end

-- Neovim 0.7 has no vim.lsp.start: one client per root is started and reused by hand.
local clients_by_root = {}

local function attach(bufnr)
  local path = vim.api.nvim_buf_get_name(bufnr)
  if path == "" then return end
  local root = root_of(path)
  local config = {
    name = server_name,
    cmd = server_cmd(),
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
  }
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  local id = clients_by_root[root]
  if not id or not vim.lsp.get_client_by_id(id) or vim.lsp.client_is_stopped(id) then
    id = vim.lsp.start_client(config)
    clients_by_root[root] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
end

-- The server renders the buffer's text (not the file on disk) and answers the page's URI.
local function render(bufnr)
  local params = { command = "commissioning.render", arguments = { vim.uri_from_bufnr(bufnr) } }
  vim.lsp.buf_request(bufnr, "workspace/executeCommand", params, function(err, result)
    if err then
      vim.notify("commissioning-ls: " .. err.message, vim.log.levels.ERROR)
    elseif type(result) == "string" then
      if vim.ui.open then vim.ui.open(result) end
      vim.notify("commissioning-ls: page written to " .. result)
    end
  end)
end

vim.api.nvim_create_autocmd("FileType", {
  pattern = "commissioning",
  callback = function(args)
    local bufnr = args.buf
    -- Coloured as YAML: the documents are YAML (a strict subset).
    vim.bo[bufnr].syntax = "yaml"
    if vim.treesitter and vim.treesitter.language and vim.treesitter.language.register then
      pcall(vim.treesitter.language.register, "yaml", "commissioning")
    end
    vim.bo[bufnr].commentstring = "# %s"
    vim.bo[bufnr].expandtab = true
    vim.bo[bufnr].shiftwidth = 2
    vim.bo[bufnr].softtabstop = 2
    attach(bufnr)
    vim.api.nvim_buf_create_user_command(bufnr, "CommissioningRender", function() render(bufnr) end,
      { desc = "Render this commissioning document to an HTML page and open it" })
  end,
})
