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
--   * in each attached buffer: completion with <C-x><C-o> (`omnifunc`), go to definition with
--     <C-]> (`tagfunc`), and these buffer-local normal-mode mappings:
--       K           hover (the rule's explanation, the key's description)
--       gd          go to definition            gr          references
--       <leader>ca  code actions (quick fixes)  <leader>rn  rename
--       <leader>f   format the document
--     A key you have already mapped yourself (globally or for the buffer) is left alone. To have
--     none of these mappings:  vim.g.commissioning_ls_mappings = false
--   * code lenses (e.g. where a hypothesis is cited), when the server offers them, kept up to date
--     as you edit;
--   * diagnostics are shown while you type, not only once you leave insert mode. To wait for
--     insert mode to end, as Neovim does by default:  vim.g.commissioning_ls_update_in_insert = false
--   * :CommissioningStatus says whether the server is attached to the buffer, its client id and
--     root, and where the LSP log is (vim.lsp.get_log_path()). The server writes its own lines
--     there at level Log; to see them:  :lua vim.lsp.set_log_level("info")

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

-- A setting read when a buffer attaches: a `vim.g` variable, or the default when it is unset.
local function setting(name, default)
  local value = vim.g[name]
  if value == nil then return default end
  return value ~= false and value ~= 0
end

-- Formatting is vim.lsp.buf.format from Neovim 0.8; 0.7 has only vim.lsp.buf.formatting.
local format_command = vim.lsp.buf.format and "<Cmd>lua vim.lsp.buf.format({ async = true })<CR>"
  or "<Cmd>lua vim.lsp.buf.formatting()<CR>"

local mappings = {
  { "K", "<Cmd>lua vim.lsp.buf.hover()<CR>", "Hover: explain what is under the cursor" },
  { "gd", "<Cmd>lua vim.lsp.buf.definition()<CR>", "Go to definition" },
  { "gr", "<Cmd>lua vim.lsp.buf.references()<CR>", "List references" },
  { "<leader>ca", "<Cmd>lua vim.lsp.buf.code_action()<CR>", "Code actions (quick fixes)" },
  { "<leader>rn", "<Cmd>lua vim.lsp.buf.rename()<CR>", "Rename" },
  { "<leader>f", format_command, "Format the document" },
}

local function on_attach(client, bufnr)
  vim.bo[bufnr].omnifunc = "v:lua.vim.lsp.omnifunc"
  vim.bo[bufnr].tagfunc = "v:lua.vim.lsp.tagfunc"
  if setting("commissioning_ls_mappings", true) then
    for _, mapping in ipairs(mappings) do
      local lhs, rhs, desc = mapping[1], mapping[2], mapping[3]
      -- maparg sees the user's own mappings, global or for this buffer; Neovim's built-in
      -- commands (K runs :Man, gd searches the file) are not mappings and are replaced.
      if vim.fn.maparg(lhs, "n") == "" then
        vim.api.nvim_buf_set_keymap(bufnr, "n", lhs, rhs, { noremap = true, silent = true, desc = desc })
      end
    end
  end
  -- Neovim shows code lenses only once asked for them; a lens's command runs with vim.lsp.codelens.run().
  if client.server_capabilities.codeLensProvider then
    vim.lsp.codelens.refresh()
    -- One group per buffer, cleared when the buffer attaches again (e.g. after :edit).
    vim.api.nvim_create_autocmd({ "BufEnter", "InsertLeave", "TextChanged" }, {
      group = vim.api.nvim_create_augroup("commissioning_ls_codelens_" .. bufnr, { clear = true }),
      buffer = bufnr,
      callback = function() vim.lsp.codelens.refresh() end,
    })
  end
  -- Only this server's diagnostics are concerned: its namespace, not vim.diagnostic's globals.
  -- Neovim 0.10+ keeps pulled diagnostics (the second argument) apart from pushed ones.
  local update_in_insert = setting("commissioning_ls_update_in_insert", true)
  for _, pulled in ipairs({ false, true }) do
    vim.diagnostic.config({ update_in_insert = update_in_insert }, vim.lsp.diagnostic.get_namespace(client.id, pulled))
  end
end

local function attach(bufnr)
  local path = vim.api.nvim_buf_get_name(bufnr)
  if path == "" then return end
  local root = root_of(path)
  local config = {
    name = server_name,
    cmd = server_cmd(),
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    on_attach = on_attach,
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

-- The lines :CommissioningStatus prints, for the current buffer.
local function status_lines()
  local bufnr = vim.api.nvim_get_current_buf()
  local lines = {}
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr }) or vim.lsp.buf_get_clients(bufnr)
  for _, client in pairs(clients) do
    if client.name == server_name then
      table.insert(lines, string.format("%s is attached to this buffer: client id %d, root %s%s", server_name,
        client.id, client.config.root_dir or "?", vim.lsp.client_is_stopped(client.id) and " (stopped)" or ""))
    end
  end
  if #lines == 0 then
    local names = vim.deepcopy(suffixes)
    table.sort(names)
    table.insert(lines, string.format("%s is not attached to this buffer (filetype '%s'; the server starts for %s)",
      server_name, vim.bo[bufnr].filetype, table.concat(names, " ")))
    if vim.fn.executable(server_cmd()[1]) == 0 then
      table.insert(lines, string.format("'%s' is not an executable on PATH (set vim.g.commissioning_ls_cmd)", server_cmd()[1]))
    end
  end
  table.insert(lines, "LSP log: " .. vim.lsp.get_log_path())
  return lines
end

vim.api.nvim_create_user_command("CommissioningStatus", function()
  for _, line in ipairs(status_lines()) do print(line) end
end, { desc = "Say whether commissioning-ls is attached to this buffer, and where its log is" })

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
