//! Tells Zed how to start the language server for the "Commissioning" language:
//! `lsp.commissioning-ls.binary` from the settings when given, else `commissioning-ls` found on
//! the worktree's PATH, always with `--stdio` unless the settings give other arguments.
use zed_extension_api::{self as zed, settings::LspSettings, LanguageServerId, Result};

const SERVER: &str = "commissioning-ls";

struct CommissioningExtension;

impl zed::Extension for CommissioningExtension {
    fn new() -> Self {
        CommissioningExtension
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let binary = LspSettings::for_worktree(SERVER, worktree)
            .ok()
            .and_then(|settings| settings.binary);
        let configured_path = binary.as_ref().and_then(|binary| binary.path.clone());
        let path = match configured_path {
            Some(path) => path,
            None => worktree.which(SERVER).ok_or_else(|| {
                format!("{SERVER} is not on PATH: install it, or set lsp.{SERVER}.binary.path in Zed's settings")
            })?,
        };
        let args = binary
            .and_then(|binary| binary.arguments)
            .unwrap_or_else(|| vec!["--stdio".to_string()]);
        Ok(zed::Command {
            command: path,
            args,
            env: Default::default(),
        })
    }
}

zed::register_extension!(CommissioningExtension);
