// The VS Code client of commissioning-ls: starts `commissioning-ls --stdio` (the executable from
// the setting `commissioning.serverPath`) for documents of the language `commissioning`, through
// the standard vscode-languageclient library, which does all of the protocol.
"use strict";

const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

/** @type {LanguageClient | undefined} */
let client;

function createClient() {
  const command = vscode.workspace.getConfiguration("commissioning").get("serverPath") || "commissioning-ls";
  // The server speaks LSP on stdin/stdout; no transport option, so the library adds no flag.
  const executable = { command, args: ["--stdio"] };
  const clientOptions = {
    documentSelector: [
      { scheme: "file", language: "commissioning" },
      { scheme: "untitled", language: "commissioning" },
    ],
    // The server re-checks documents when their configuration or the documents they reference change.
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher(
        "**/{.commissioning.yaml,.commissioning.yml,*.strategy.yaml,*.strategy.yml,*.mps.yaml,*.mps.yml,*.framework.yaml,*.framework.yml,*.hypotheses.yaml,*.hypotheses.yml}"
      ),
    },
    outputChannelName: "Commissioning",
  };
  return new LanguageClient("commissioning", "Commissioning", { run: executable, debug: executable }, clientOptions);
}

async function start() {
  client = createClient();
  try {
    await client.start();
  } catch (error) {
    const command = vscode.workspace.getConfiguration("commissioning").get("serverPath");
    vscode.window.showErrorMessage(
      `commissioning-ls could not be started ('${command} --stdio'): ${error && error.message ? error.message : error}. ` +
        "Install it, or set 'commissioning.serverPath' to its full path."
    );
  }
}

async function restart() {
  if (client) {
    const running = client;
    client = undefined;
    try {
      await running.stop();
    } catch (_) {
      // A server that failed to start cannot be stopped; a new one is started regardless.
    }
  }
  await start();
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand("commissioning.restartServer", restart),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("commissioning.serverPath")) restart();
    })
  );
  await start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
