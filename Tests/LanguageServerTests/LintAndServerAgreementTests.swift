import Foundation
import JSONSupport
import LanguageServerProtocol
import TestSupport
import Testing

/// `lint` and the server check documents with one engine, so one workspace gives the same
/// diagnostics through both — ranges, codes, severities, messages and related places — whether
/// a document sits at the root or in a folder below it.
@Suite("lint and the server agree")
struct LintAndServerAgreementTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Schemas/examples")

    /// The examples in `plans/`, spoiled: a duplicate hypothesis id (a related place), a
    /// framework naming a document that is not there (a reference), a suppression that silences
    /// nothing (a hint); a configuration that changes a severity and names an unknown rule; and a
    /// YAML file with no kind, named to `lint` and sent to the server as a commissioning document.
    static func makeWorkspace() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appending(path: "agreement-\(UUID().uuidString)")
        let plans = root.appending(path: "plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appending(path: "notes"), withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) where name.hasSuffix(".yaml") {
            var text = try String(contentsOf: examples.appending(path: name), encoding: .utf8)
            switch name {
            case "older-people.hypotheses.yaml":
                text = try replacing("  - id: H2\n", with: "  - id: H1\n", in: text)
            case "northshire.framework.yaml":
                text = try replacing("path: send.hypotheses.yaml", with: "path: gone.hypotheses.yaml", in: text)
            case "home-care.mps.yaml":
                text += "# commissioning-ls: disable-file money/invalid -- nothing to silence\n"
            default: break
            }
            try text.write(to: plans.appending(path: name), atomically: true, encoding: .utf8)
        }
        try "rules:\n  hypothesis/duplicate-id: warning\n  no/such-rule: off\n".write(
            to: root.appending(path: ".commissioning.yaml"), atomically: true, encoding: .utf8)
        try "title: A plan with no kind\n".write(to: root.appending(path: "notes/plan.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    static func replacing(_ old: String, with new: String, in text: String) throws -> String {
        try #require(text.contains(old), "the example no longer holds \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// One diagnostic as both front ends can state it: path relative to the root, 0-based UTF-16 range.
    struct Finding: Hashable, CustomStringConvertible {
        let path: String
        let range: [Int]
        let code: String
        let severity: String
        let message: String
        let related: [String]

        var description: String { "\(path) \(range) \(severity) \(code): \(message) \(related)" }
    }

    static func range(_ value: JSONValue?) -> [Int] {
        [value?["start"]?["line"], value?["start"]?["character"], value?["end"]?["line"], value?["end"]?["character"]].map { $0?.intValue ?? -1 }
    }

    static func lintFindings(in root: URL) throws -> [Finding] {
        let executable = try #require(ExecutableLocator.locate("commissioning-ls"))
        let process = Process()
        process.executableURL = executable
        process.arguments = ["lint", "--format", "json", "--severity", "hint", "plans", "notes/plan.yaml"]
        process.currentDirectoryURL = root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let json = try JSONParser.parse(String(decoding: data, as: UTF8.self))
        return (json["files"]?.arrayValue ?? []).flatMap { file in
            let path = file["path"]?.stringValue ?? "?"
            return (file["diagnostics"]?.arrayValue ?? []).map { diagnostic in
                Finding(
                    path: path, range: range(diagnostic["range"]), code: diagnostic["code"]?.stringValue ?? "",
                    severity: diagnostic["severity"]?.stringValue ?? "", message: diagnostic["message"]?.stringValue ?? "",
                    related: (diagnostic["related"]?.arrayValue ?? []).map { related in
                        "\(related["path"]?.stringValue ?? "?") \(range(related["range"])) \(related["message"]?.stringValue ?? "")"
                    })
            }
        }
    }

    /// Opens every file `lint` reported (as an editor configured by `EditorConfigs/` would) and
    /// collects what the server publishes for each.
    static func serverFindings(in root: URL, paths: Set<String>) throws -> [Finding] {
        let client = try startServer()
        _ = try client.request("initialize", [
            "processId": nil, "rootUri": .string(root.absoluteString),
            "capabilities": ["textDocument": ["publishDiagnostics": ["relatedInformation": true]]],
        ])
        client.notify("initialized", [:])
        let prefix = root.absoluteString.hasSuffix("/") ? root.absoluteString : root.absoluteString + "/"
        func path(of uri: String) -> String { uri.hasPrefix(prefix) ? String(uri.dropFirst(prefix.count)) : uri }
        let severities: [DiagnosticSeverity: String] = [.error: "error", .warning: "warning", .information: "info", .hint: "hint"]
        var findings: [Finding] = []
        for relative in paths.sorted() {
            let uri = root.appending(path: relative).absoluteString
            let text = try String(contentsOf: root.appending(path: relative), encoding: .utf8)
            client.notify("textDocument/didOpen", ["textDocument": [
                "uri": .string(uri), "languageId": "commissioning", "version": 1, "text": .string(text),
            ]])
            for diagnostic in try client.published(uri, version: 1).diagnostics {
                findings.append(Finding(
                    path: relative, range: range(diagnostic.range.json), code: diagnostic.code ?? "",
                    severity: diagnostic.severity.flatMap { severities[$0] } ?? "", message: diagnostic.message,
                    related: (diagnostic.relatedInformation ?? []).map { related in
                        "\(path(of: related.location.uri)) \(range(related.location.range.json)) \(related.message)"
                    }))
            }
        }
        try client.finish()
        return findings
    }

    @Test("One workspace: every diagnostic the same through lint --format json and the server")
    func sameDiagnostics() throws {
        let root = try Self.makeWorkspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let lint = try Self.lintFindings(in: root)
        var paths = Set(lint.map(\.path))
        paths.formUnion(["plans/older-people.strategy.yaml", "notes/plan.yaml", ".commissioning.yaml"])
        let server = try Self.serverFindings(in: root, paths: paths)

        // The workspace exercises what could differ: otherwise the comparison proves little.
        let codes = Set(lint.map(\.code))
        for code in ["hypothesis/duplicate-id", "reference/unresolved", "kind/unknown", "config/unknown-rule", "suppression/unused"] {
            #expect(codes.contains(code), "lint reported no \(code): \(lint)")
        }
        let duplicate = try #require(server.first { $0.code == "hypothesis/duplicate-id" })
        #expect(duplicate.severity == "warning", "the configuration applies")
        #expect(duplicate.related == ["plans/older-people.hypotheses.yaml [18, 8, 18, 10] 'H1' first used here"])

        let onlyLint = Set(lint).subtracting(server)
        let onlyServer = Set(server).subtracting(lint)
        #expect(onlyLint.isEmpty, "only lint: \(onlyLint.sorted { $0.description < $1.description })")
        #expect(onlyServer.isEmpty, "only the server: \(onlyServer.sorted { $0.description < $1.description })")
        #expect(lint.count == server.count)
    }
}
