import Foundation
import JSONSupport
import TestSupport
import Testing

/// A workspace configuration the server cannot read — a folder, a named pipe, a link to a device,
/// to itself, to nothing, or out of the workspace — is shown to the user (`window/showMessage`)
/// at once, never read (nothing of an outside file appears), and the documents are still checked.
@Suite("Server: a configuration that is not a file")
struct ServerConfigurationFileTests {
    static let marker = "MARKER-CONFIG-SECRET"

    @Test(arguments: [("folder", "it is a folder"), ("pipe", "it is not a regular file (it is a named pipe)"),
                      ("zero", "it leads outside the workspace"), ("self", "it is a symbolic link that leads round in a loop"),
                      ("dangling", "it is a symbolic link to a file that does not exist"), ("outside", "it leads outside the workspace")])
    func isShownNotIgnored(shape: String, reason: String) throws {
        let folder = try TemporaryFolder()
        let url = folder.workspace.appendingPathComponent(".commissioning.yaml")
        switch shape {
        case "folder": try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        case "pipe": #expect(mkfifo(url.path, 0o600) == 0)
        case "zero": #expect(symlink("/dev/zero", url.path) == 0)
        case "self": #expect(symlink(".commissioning.yaml", url.path) == 0)
        case "dangling": #expect(symlink("nowhere.yaml", url.path) == 0)
        default:
            let secret = try folder.write("rules:\n  \(Self.marker): off\n", to: "secret.yaml", in: folder.outside)
            #expect(symlink(secret.path, url.path) == 0)
        }
        let started = Date()
        let client = try launchServer()
        try client.start(root: folder.workspace)
        let shown = try client.notification("window/showMessage", timeout: 10)
        #expect(Date().timeIntervalSince(started) < 5, "shown at once")
        let message = shown["message"]?.stringValue ?? ""
        #expect(message.contains("Cannot read the configuration '\(url.path)': \(reason)"), "\(message)")
        #expect(!message.contains(Self.marker))
        // The documents are still checked, with the default rules.
        let text = "kind: commissioning-strategy\ntitle: T\n"
        let uri = try folder.write(text, to: "a.strategy.yaml").absoluteString
        client.open(uri, text)
        let diagnostics = try client.diagnostics(uri)
        #expect(codes(diagnostics).contains("schema/required"))
        #expect(!JSONWriter().string(.array(diagnostics)).contains(Self.marker))
        try client.end()
    }

    @Test("A readable configuration shows nothing")
    func aGoodConfigurationIsQuiet() throws {
        let folder = try TemporaryFolder()
        try folder.write("rules:\n  hypothesis/count: off\n", to: ".commissioning.yaml")
        let client = try launchServer()
        try client.start(root: folder.workspace)
        try client.expectAnswer("workspace/symbol", ["query": ""])
        #expect(!client.inbox.takeAll().contains { message in
            if case .notification("window/showMessage", _) = message { return true }
            return false
        })
        try client.end()
    }
}
