import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import SourceText
import TestSupport
import Testing

/// Issue 17 through the built `commissioning-ls --stdio`: formatting, range formatting, sorting
/// keys, and the answers that follow the client's capabilities (plain text, no snippets), the
/// hover that starts with the diagnostic, and the missing section inserted whole.
@Suite("End to end: formatting, sorting keys and client capabilities")
struct FeaturesEndToEndEditingTests {
    static let untidy = """
        kind:   commissioning-framework
        title: Northshire framework   
        population: Adults in Northshire
        period: { from: 2026-04-01 ,to: 2029-03-31 }
        approach: joint
        integration:
            # as assessed in March
            contracting:
                current:    joint
                evidence: Agencies issue joint block contracts.
        """

    static let tidy = """
        kind: commissioning-framework
        title: Northshire framework
        population: Adults in Northshire
        period: {from: 2026-04-01, to: 2029-03-31}
        approach: joint
        integration:
          # as assessed in March
          contracting:
            current: joint
            evidence: Agencies issue joint block contracts.

        """

    private func document(_ session: FeaturesSession, _ name: String) -> JSONValue { ["uri": .string(session.uri(name))] }

    private func edits(_ result: JSONValue) throws -> [LanguageServerProtocol.TextEdit] {
        try (result.arrayValue ?? []).map(LanguageServerProtocol.TextEdit.init(json:))
    }

    @Test("Formatting gives the text fmt writes; formatting again changes nothing; a document with syntax errors is refused, saying why")
    func formatting() throws {
        let session = try FeaturesSession(files: [:])
        let name = "n.framework.yaml"
        try session.open(name, Self.untidy)
        let options: JSONValue = ["tabSize": 4, "insertSpaces": true]
        let first = try edits(session.client.request("textDocument/formatting", ["textDocument": document(session, name), "options": options]))
        #expect(!first.isEmpty)
        try session.apply(first, to: name)
        #expect(session.text(name) == Self.tidy)
        let again = try edits(session.client.request("textDocument/formatting", ["textDocument": document(session, name), "options": options]))
        #expect(again.isEmpty)

        try session.open("broken.framework.yaml", "kind: commissioning-framework\ntitle: [a, b\n")
        #expect(throws: ResponseError.self) {
            try session.client.request("textDocument/formatting", ["textDocument": document(session, "broken.framework.yaml"), "options": options])
        }
        do {
            _ = try session.client.request("textDocument/formatting", ["textDocument": document(session, "broken.framework.yaml"), "options": options])
        } catch let error as ResponseError {
            #expect(error.message.contains("syntax errors"))
        }
        try session.finish()
    }

    @Test("Range formatting formats the whole top-level sections the range touches, and nothing else")
    func rangeFormatting() throws {
        let session = try FeaturesSession(files: [:])
        let name = "r.framework.yaml"
        try session.open(name, Self.untidy)
        let inside = try session.position(of: "current:", in: name)
        let result = try session.client.request("textDocument/rangeFormatting", [
            "textDocument": document(session, name), "range": PositionRange(start: inside, end: inside).json,
            "options": ["tabSize": 2, "insertSpaces": true],
        ])
        try session.apply(try edits(result), to: name)
        let text = try #require(session.text(name))
        // The integration section is formatted; the lines above it are left as they were.
        #expect(text.hasPrefix("kind:   commissioning-framework\ntitle: Northshire framework   \n"))
        #expect(text.contains("period: { from: 2026-04-01 ,to: 2029-03-31 }\n"))
        #expect(text.hasSuffix("integration:\n  # as assessed in March\n  contracting:\n    current: joint\n    evidence: Agencies issue joint block contracts.\n"))
        try session.finish()
    }

    @Test("source.sortKeys puts sections and matrix areas in the schema's order, comments with their keys; offered only when something is out of order")
    func sortKeys() throws {
        let session = try FeaturesSession(files: [:])
        let name = "s.framework.yaml"
        let text = """
            kind: commissioning-framework
            integration:
              # ours
              contracting:
                current: joint
              purpose-and-strategy:
                current: parallel
            title: Northshire framework
            population: Adults in Northshire

            """
        try session.open(name, text)
        func sortActions() throws -> [CodeAction] {
            let zero = Position(line: 0, character: 0)
            let result = try session.client.request("textDocument/codeAction", [
                "textDocument": document(session, name), "range": PositionRange(start: zero, end: zero).json,
                "context": ["diagnostics": [], "only": ["source.sortKeys"]],
            ])
            return try (result.arrayValue ?? []).map(CodeAction.init(json:))
        }
        let actions = try sortActions()
        #expect(actions.count == 1)
        let action = try #require(actions.first)
        #expect(action.kind?.rawValue == "source.sortKeys")
        try session.apply(try #require(action.edit?.changes[session.uri(name)]), to: name)
        #expect(session.text(name) == """
            kind: commissioning-framework
            title: Northshire framework
            population: Adults in Northshire
            integration:
              purpose-and-strategy:
                current: parallel
              # ours
              contracting:
                current: joint

            """)
        #expect(try sortActions().isEmpty)
        try session.finish()
    }

    @Test("Hover is Markdown only for a client that lists Markdown first; plain text has no ** or backticks")
    func hoverFormats() throws {
        let text = "kind: commissioning-framework\ntitle: T\npopulation: P\napproach: joint\n"
        for (formats, markdown) in [(["markdown", "plaintext"], true), (["plaintext", "markdown"], false), (nil, false)] as [([String]?, Bool)] {
            let session = try FeaturesSession(files: [:], hoverFormats: formats)
            try session.open("h.framework.yaml", text)
            let hover = try Hover(json: session.request("textDocument/hover", "h.framework.yaml", at: session.position(of: "approach", in: "h.framework.yaml", plus: 2)))
            #expect(hover.contents.kind == (markdown ? .markdown : .plainText), "\(String(describing: formats))")
            let value = hover.contents.value
            if markdown {
                #expect(value.contains("**") || value.contains("`"), "\(value)")
            } else {
                #expect(!value.contains("**") && !value.contains("`") && !value.contains("\\"), "\(value)")
                #expect(value.contains("approach"), "\(value)")
            }
            try session.finish()
        }
    }

    @Test("Completion without snippets: no line break in any edit; with snippets, a collection key opens its value's line")
    func completionSnippets() throws {
        let text = "kind: commissioning-framework\ntitle: T\npopulation: P\nintegration:\n  \n"
        let plain = try FeaturesSession(files: [:], snippets: false, documentationFormats: nil)
        try plain.open("c.framework.yaml", text)
        let position = Position(line: 4, character: 2)
        let list = try plain.completion("c.framework.yaml", at: position)
        #expect(list.items.count >= 7)
        for item in list.items {
            #expect(item.insertTextFormat != .snippet, "\(item.label)")
            let newText = try #require(item.textEdit?.newText, "\(item.label) has an edit")
            #expect(!newText.contains("\n") && !newText.contains("\r"), "\(item.label): \(newText)")
            if let documentation = item.documentation {
                #expect(documentation.kind == .plainText && !documentation.value.contains("**"), "\(item.label)")
            }
        }
        #expect(list.items.first { $0.label == "commissioning-function" }?.textEdit?.newText == "commissioning-function:")
        let top = try plain.completion("c.framework.yaml", at: Position(line: 5, character: 0))
        #expect(top.items.allSatisfy { !($0.textEdit?.newText.contains("\n") ?? false) && $0.insertTextFormat != .snippet })
        try plain.finish()

        let snippets = try FeaturesSession(files: [:], snippets: true)
        try snippets.open("c.framework.yaml", text)
        let rich = try snippets.completion("c.framework.yaml", at: position)
        let area = try #require(rich.items.first { $0.label == "commissioning-function" })
        #expect(area.insertTextFormat == .snippet)
        #expect(area.textEdit?.newText == "commissioning-function:\n    $0")
        #expect(area.documentation?.kind == .markdown)
        try snippets.finish()
    }

    @Test("Hover over a diagnostic starts with that diagnostic's message")
    func hoverStartsWithTheDiagnostic() throws {
        let session = try FeaturesSession(files: [:])
        let name = "d.framework.yaml"
        let diagnostics = try session.open(name, "kind: commissioning-framework\ntitle: T\npopulation: P\napproach: jiont\n")
        let misspelt = try #require(diagnostics.first { $0.code == "schema/enum" })
        #expect(misspelt.message.contains("Did you mean `joint`?"))
        let hover = try Hover(json: session.request("textDocument/hover", name, at: session.position(of: "jiont", in: name, plus: 2)))
        #expect(hover.contents.value.hasPrefix(misspelt.message + "\n\n"), "\(hover.contents.value)")
        try session.finish()
    }

    @Test("The missing section's fix inserts it whole, as `new` writes it, after a blank line; the result has no new error there")
    func missingSection() throws {
        let session = try FeaturesSession(files: [:])
        let name = "m.framework.yaml"
        let text = "kind: commissioning-framework\ntitle: Northshire framework\npopulation: Adults in Northshire\n"
        let diagnostics = try session.open(name, text)
        let missing = try #require(diagnostics.first { $0.code == "schema/required" && $0.message.contains("`principles`") })
        let result = try session.client.request("textDocument/codeAction", [
            "textDocument": document(session, name), "range": missing.range.json, "context": ["diagnostics": [missing.json]],
        ])
        let actions = try (result.arrayValue ?? []).map(CodeAction.init(json:))
        let fix = try #require(actions.first { $0.title.contains("principles") && $0.kind == .quickFix })
        let errorsBefore = diagnostics.filter { $0.severity == .error }.count
        let after = try session.apply(try #require(fix.edit?.changes[session.uri(name)]), to: name)
        let fixed = try #require(session.text(name))
        #expect(fixed.contains("\n\n# Principles: "))
        #expect(fixed.contains("\nprinciples:\n  - TODO\n"))
        #expect(!after.contains { $0.code == "schema/required" && $0.message.contains("`principles`") })
        #expect(after.filter { $0.severity == .error }.count < errorsBefore)
        // No error on the inserted lines, from the section's comment to its last item.
        let lines = fixed.components(separatedBy: "\n")
        let first = try #require(lines.firstIndex { $0.hasPrefix("# Principles: ") })
        let key = try #require(lines.firstIndex { $0 == "principles:" })
        #expect(!after.contains { $0.severity == .error && (first...key + 1).contains($0.range.start.line) })
        try session.finish()
    }
}
