import Foundation
import Testing

/// What `lint` reads: regular files inside the workspace only. A link that leads out of it (a
/// document found or named, a configuration) is reported and never read, in every format; a
/// configuration that is not a regular file is one clear line and status 2, at once; a named
/// pipe named on the command line is reported, not waited on; `~` in a reference is a folder.
@Suite struct LintFileSafetyTests {
    static let marker = "MARKER-SECRET-LINE"

    /// A workspace (with the unicode fixture, to show the run goes on) and, beside it, a folder
    /// holding a secret file. Removed when released.
    final class Sandbox {
        let workspace: FixtureWorkspace
        let outside: URL
        let secret: URL

        init() throws {
            workspace = try FixtureWorkspace("unicode")
            outside = workspace.root.deletingLastPathComponent().appendingPathComponent("lint-outside-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            secret = outside.appendingPathComponent("secret.txt")
            try Data("\(LintFileSafetyTests.marker): token=abc\nkind: hypothesis-set\n".utf8).write(to: secret)
            try Data("kind: commissioning-strategy\ntitle: \(LintFileSafetyTests.marker)\n".utf8)
                .write(to: outside.appendingPathComponent("x.strategy.yaml"))
        }

        deinit {
            workspace.remove()
            try? FileManager.default.removeItem(at: outside)
        }

        func link(_ name: String, to target: String) throws {
            let url = workspace.url(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            #expect(symlink(target, url.path) == 0, "\(name)")
        }
    }

    private func expectNothingOutside(_ result: CLIResult, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.standardOutput.contains(Self.marker) && !result.standardError.contains(Self.marker),
                "\(result.standardOutput)\n\(result.standardError)", sourceLocation: sourceLocation)
    }

    @Test(arguments: ["text", "github", "json", "sarif", "junit"])
    func aLinkOutFoundInAFolderIsReportedNotRead(format: String) throws {
        let sandbox = try Sandbox()
        try sandbox.link("passwd.strategy.yaml", to: sandbox.secret.path)
        let result = try sandbox.workspace.lint(["--format", format])
        expectNothingOutside(result)
        #expect(result.status == 2)
        #expect(result.standardError.contains("commissioning-ls: passwd.strategy.yaml: leads outside the workspace"), "\(result.standardError)")
        #expect(result.standardOutput.contains("unicode.hypotheses.yaml"), "the other files are still checked")
    }

    @Test func aLinkOutNamedOnTheCommandLineIsReportedNotRead() throws {
        let sandbox = try Sandbox()
        try sandbox.link("plans/passwd.strategy.yaml", to: sandbox.secret.path)
        try sandbox.link("shared", to: sandbox.outside.path)
        for path in ["plans/passwd.strategy.yaml", "shared/x.strategy.yaml", "shared"] {
            let result = try sandbox.workspace.lint([path, "unicode"])
            expectNothingOutside(result)
            #expect(result.status == 2, "\(path)")
            #expect(result.standardError.contains("commissioning-ls: \(path): leads outside the workspace"), "\(path): \(result.standardError)")
            #expect(result.standardOutput.contains("unicode.hypotheses.yaml"), "\(path)")
        }
    }

    @Test func aConfigurationLinkedOutIsReportedNotRead() throws {
        let sandbox = try Sandbox()
        try sandbox.link(".commissioning.yaml", to: sandbox.secret.path)
        let result = try sandbox.workspace.lint(["--format", "github"])
        expectNothingOutside(result)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "commissioning-ls: lint: cannot read the configuration '.commissioning.yaml': it leads outside the workspace (a symbolic link to a place outside it); it was not read\n")
    }

    @Test(arguments: [("pipe", "it is not a regular file (it is a named pipe)"), ("folder", "it is a folder"),
                      ("/dev/zero", "it is not a regular file (it is a device)"), ("/dev/stdin", "it is not a regular file (it is a named pipe)")])
    func aConfigurationNamedThatIsNotAFileIsOneLineAtOnce(name: String, reason: String) throws {
        let sandbox = try Sandbox()
        #expect(mkfifo(sandbox.workspace.url("pipe").path, 0o600) == 0)
        try FileManager.default.createDirectory(at: sandbox.workspace.url("folder"), withIntermediateDirectories: true)
        let started = Date()
        let result = try CLIProcess.run(["lint", "--config", name], in: sandbox.workspace.root, timeout: 20)
        #expect(Date().timeIntervalSince(started) < 5, "finishes at once")
        #expect(result.status == 2)
        #expect(result.standardError == "commissioning-ls: lint: cannot read the configuration '\(name)': \(reason)\n")
    }

    @Test(arguments: [("folder", "it is a folder"), ("pipe", "it is not a regular file (it is a named pipe)"),
                      ("zero", "it leads outside the workspace (a symbolic link to a place outside it); it was not read"), ("self", "it is a symbolic link that leads round in a loop"),
                      ("dangling", "it is a symbolic link to a file that does not exist")])
    func aWorkspaceConfigurationThatIsNotAFileIsOneLineAtOnce(shape: String, reason: String) throws {
        let sandbox = try Sandbox()
        let url = sandbox.workspace.url(".commissioning.yaml")
        switch shape {
        case "folder": try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        case "pipe": #expect(mkfifo(url.path, 0o600) == 0)
        case "zero": try sandbox.link(".commissioning.yaml", to: "/dev/zero")
        case "self": try sandbox.link(".commissioning.yaml", to: ".commissioning.yaml")
        default: try sandbox.link(".commissioning.yaml", to: "nowhere.yaml")
        }
        let started = Date()
        let result = try CLIProcess.run(["lint"], in: sandbox.workspace.root, timeout: 20)
        #expect(Date().timeIntervalSince(started) < 5, "finishes at once")
        #expect(result.status == 2)
        #expect(result.standardError == "commissioning-ls: lint: cannot read the configuration '.commissioning.yaml': \(reason)\n")
    }

    @Test func aNamedPipeNamedOnTheCommandLineIsReportedNotWaitedOn() throws {
        let sandbox = try Sandbox()
        #expect(mkfifo(sandbox.workspace.url("pipe.strategy.yaml").path, 0o600) == 0)
        let started = Date()
        let result = try CLIProcess.run(["lint", "pipe.strategy.yaml", "unicode"], in: sandbox.workspace.root, timeout: 20)
        #expect(Date().timeIntervalSince(started) < 5, "finishes at once")
        #expect(result.status == 2)
        #expect(result.standardError == "commissioning-ls: pipe.strategy.yaml: is not a regular file (it is a named pipe); not checked\n")
        #expect(result.standardOutput.contains("unicode.hypotheses.yaml"))
    }

    @Test func aTildeInAReferenceIsAFolderBesideTheDocument() throws {
        let sandbox = try Sandbox()
        try sandbox.workspace.write("~/t.hypotheses.yaml", "kind: hypothesis-set\ntitle: T\npopulation: P\naims: [x]\nhypotheses:\n  - {id: T-1, statement: S.}\n")
        try sandbox.workspace.write("a.strategy.yaml", "kind: commissioning-strategy\ntitle: T\npopulation: P\nhypotheses: ~/t.hypotheses.yaml\nfuture-services:\n  - {service: S, change: new, hypotheses: [NOPE]}\n")
        let result = try sandbox.workspace.lint(["a.strategy.yaml"])
        #expect(!result.standardOutput.contains("reference/outside-workspace"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("`NOPE` is not a hypothesis in `~/t.hypotheses.yaml` (it has T-1)"), "\(result.standardOutput)")
    }
}
