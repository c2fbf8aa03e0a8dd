import Analysis
import Foundation
import Rules
import SourceText
import Syntax
import TestSupport
import Testing

/// A workspace configuration is bounded like a document: its size, the problems described, the
/// ignore patterns used; and its checks are linear, so no configuration makes a run slow.
@Suite("Configuration limits")
struct ConfigurationLimitTests {
    static func load(_ bytes: [UInt8]) -> (configuration: Configuration, diagnostics: [Diagnostic], tree: SyntaxTree) {
        ConfigurationLoader.load(SourceFile(name: ".commissioning.yaml", bytes: bytes), knownCodes: DiagnosticCatalog.ids)
    }

    /// `count` local stakeholder groups without the `definition:` the schema requires.
    static func incompleteGroups(_ count: Int) -> String {
        "vocabulary:\n  stakeholder-group:\n" + (0..<count).map { "    - id: group-\($0)\n      label: Group \($0)\n" }.joined()
    }

    @Test("Size: 1 MiB is read, one byte more is config/too-large, on the line past the limit, and none of it is used")
    func size() throws {
        let limit = ConfigurationLoader.maximumBytes
        #expect(limit == 1 << 20)
        let setting = Array("rules:\n  hypothesis/count: off\n".utf8)
        // Comment lines of 1,023 bytes fill the rest; the parse itself is then quick.
        let comment = Array(("#" + String(repeating: "x", count: 1_021) + "\n").utf8)
        var bytes = setting
        while bytes.count + comment.count <= limit { bytes += comment }
        bytes += Array("#".utf8) + [UInt8](repeating: 0x78, count: limit - bytes.count - 1)
        #expect(bytes.count == limit)
        let atLimit = Self.load(bytes)
        #expect(atLimit.diagnostics.map(\.code) == [])
        #expect(atLimit.configuration.severities["hypothesis/count"] == .off)

        bytes.append(0x78)
        let pastLimit = Self.load(bytes)
        #expect(pastLimit.diagnostics.map(\.code) == ["config/too-large"])
        #expect(pastLimit.configuration.severities.isEmpty)
        let diagnostic = try #require(pastLimit.diagnostics.first)
        #expect(diagnostic.message.contains("\(limit + 1) bytes"), "\(diagnostic.message)")
        // The limit falls on the last line: that is where the finding points, and its number is said.
        let lastLine = pastLimit.tree.source.lineIndex.lineCount - 1
        #expect(diagnostic.range == .empty(at: pastLimit.tree.source.lineIndex.lineStarts[lastLine]))
        #expect(diagnostic.message.contains("line \(lastLine + 1)"), "\(diagnostic.message)")
    }

    /// Each missing `definition:` found the mapping it belongs to by walking its list from the
    /// start, and looked at every byte of the file for a carriage return: 20,000 took 25 s
    /// (release build). Now each costs the same whatever the length of the list.
    @Test("20,000 incomplete local terms: the first 1,000 problems are described, then config/too-many-problems; every term is kept",
          .timeLimit(.minutes(1)))
    func manyIncompleteTerms() throws {
        let count = 20_000
        let loaded = Self.load(Array(Self.incompleteGroups(count).utf8))
        let codes = loaded.diagnostics.map(\.code)
        #expect(codes.filter { $0 == "schema/required" }.count == ConfigurationLoader.maximumDiagnostics)
        #expect(codes.filter { $0 == "config/too-many-problems" }.count == 1)
        #expect(codes.count == ConfigurationLoader.maximumDiagnostics + 1)
        // The note stands where the first problem not described is: the 1,001st entry.
        let note = try #require(loaded.diagnostics.first { $0.code == "config/too-many-problems" })
        let noted = loaded.tree.source.text(in: TextRange(start: note.range.start, end: note.range.start + 15))
        #expect(noted == "id: group-1000\n", "\(noted)")
        #expect(loaded.configuration.extraVocabulary["stakeholder-group"]?.count == count)
        // Each fix still adds the key to its own entry.
        let last = try #require(loaded.diagnostics.last { $0.code == "schema/required" })
        let edit = try #require(last.fixes.first?.edits.first)
        #expect(edit.newText == "\n      definition:")
        #expect(loaded.tree.source.text(in: TextRange(start: edit.range.start - 16, end: edit.range.start)) == "label: Group 999")
    }

    @Test("A fix for a missing key uses the line break of the lines it joins")
    func fixLineBreaks() throws {
        for lineBreak in ["\n", "\r\n"] {
            let text = ["vocabulary:", "  partner:", "    - id: a", "      label: A", "    - id: b", "      label: B", ""].joined(separator: lineBreak)
            let loaded = Self.load(Array(text.utf8))
            let edits = loaded.diagnostics.filter { $0.code == "schema/required" }.compactMap { $0.fixes.first?.edits.first }
            #expect(edits.map(\.newText) == [lineBreak + "      definition:", lineBreak + "      definition:"])
            // A file whose last line has no break takes the one before it.
            let unended = Self.load(Array(text.dropLast(lineBreak.count).utf8))
            let last = unended.diagnostics.filter { $0.code == "schema/required" }.last?.fixes.first?.edits.first
            #expect(last?.newText == lineBreak + "      definition:")
            #expect(last?.range == .empty(at: text.utf8.count - lineBreak.utf8.count))
        }
    }

    @Test("Ignore: 100 patterns of up to 1,000 characters are used; more, or longer, are reported and not used")
    func ignorePatterns() throws {
        let patterns = (1...101).map { "folder-\($0)/" }
        let many = Self.load(Array(("ignore:\n" + patterns.map { "  - \($0)\n" }.joined()).utf8))
        #expect(many.diagnostics.map(\.code) == ["schema/max-items"])
        #expect(many.diagnostics.first?.message.contains("at most 100") == true, "\(many.diagnostics)")
        #expect(many.configuration.ignore.count == 100)
        #expect(many.configuration.isIgnored("folder-100/a.strategy.yaml"))
        #expect(!many.configuration.isIgnored("folder-101/a.strategy.yaml"))

        let long = "**/" + String(repeating: "a", count: 997)
        #expect(long.count == 1_000)
        let lengths = Self.load(Array("ignore:\n  - \"\(long)\"\n  - \"\(long)a\"\n  - \"\(long)\"\n".utf8))
        #expect(lengths.diagnostics.map(\.code) == ["schema/max-length"])
        // The long one is left out; the repeated one is kept once.
        #expect(lengths.configuration.ignore.map(\.pattern) == [long])
    }

    /// A rule id of letters only (as the schema's pattern wants), different for each number.
    static func letters(_ number: Int) -> String {
        var number = number
        var result = ""
        repeat {
            result.append(Character(Unicode.Scalar(UInt8(97 + number % 26))))
            number /= 26
        } while number > 0
        return result
    }

    @Test("30,000 unknown rules: the first 1,000 described (with the nearest rule), then one note", .timeLimit(.minutes(1)))
    func manyUnknownRules() {
        let text = "rules:\n" + (0..<30_000).map { "  unknown/rule-\(Self.letters($0)): off\n" }.joined()
        let loaded = Self.load(Array(text.utf8))
        let codes = loaded.diagnostics.map(\.code)
        #expect(codes.filter { $0 == "config/unknown-rule" }.count == ConfigurationLoader.maximumDiagnostics)
        #expect(codes.filter { $0 == "config/too-many-problems" }.count == 1)
        #expect(codes.count == ConfigurationLoader.maximumDiagnostics + 1)
    }

    /// A missing key's fix in a document was built the same slow way as in a configuration; a
    /// long comment after the list made each one read the whole of it again (20,000 × 4 MB).
    @Test("20,000 hypotheses without a statement, then 4 MB of comment: each gets its schema/required and fix, in linear time",
          .timeLimit(.minutes(1)))
    func documentWithManyMissingKeys() throws {
        let count = 20_000
        let comment = String(repeating: "# " + String(repeating: "x", count: 1_000) + "\n", count: 4_000)
        let text = "kind: hypothesis-set\ntitle: T\npopulation: P\nhypotheses:\n" + (0..<count).map { "  - id: H\($0)\n" }.joined() + comment
        let analysis = DocumentAnalyzer().analyze(SourceFile(name: "many.hypotheses.yaml", text: text),
                                                  at: DocumentOrigin(displayPath: "many.hypotheses.yaml", fileURL: nil))
        let required = analysis.diagnostics.filter { $0.code == "schema/required" }
        #expect(required.count == count)
        #expect(required.allSatisfy { $0.fixes.first?.edits.first.map { $0.newText.hasSuffix("statement:") } == true })
    }
}

/// The command line with configurations a hostile pull request might add: each run ends at once.
@Suite("Configuration limits, end to end")
struct ConfigurationLimitEndToEndTests {
    /// `lint .` in `folder`: status, standard output, and how long it took.
    static func lint(in folder: URL) throws -> (status: Int32, output: String, seconds: Double) {
        let executable = try #require(ExecutableLocator.locate("commissioning-ls"), "the commissioning-ls executable was not found next to the tests")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["lint", "."]
        process.currentDirectoryURL = folder
        let output = folder.deletingLastPathComponent().appendingPathComponent("lint-output")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        let start = ContinuousClock.now
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        if ended.wait(timeout: .now() + 60) == .timedOut {
            process.terminate()
            ended.wait()
            Issue.record("lint did not end within 60 s")
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (process.terminationStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? "", seconds)
    }

    @Test("A 10 MB configuration and one of 50,000 incomplete terms: one clear line each, in seconds",
          arguments: ["ten-megabytes", "fifty-thousand-terms"])
    func hostileConfigurations(_ name: String) throws {
        let folder = try TemporaryFolder(name)
        let text = name == "ten-megabytes"
            ? "rules:\n" + (0..<900_000).map { "  k\($0): off\n" }.joined()
            : ConfigurationLimitTests.incompleteGroups(50_000)
        try folder.write(text, to: ".commissioning.yaml")
        try folder.write("kind: hypothesis-set\ntitle: T\npopulation: P\nhypotheses:\n  - {id: H1, statement: If carers are asked they stay.}\n",
                         to: "a.hypotheses.yaml")
        let run = try Self.lint(in: folder.workspace)
        #expect(run.status == 1)
        #expect(run.output.contains("config/too-large"), "\(run.output.prefix(2_000))")
        #expect(run.output.contains("None of it was used"))
        #expect(run.output.contains("a.hypotheses.yaml"))
        // Generous, against a relapse: this takes a tenth of a second.
        #expect(run.seconds < 10, "\(run.seconds) s")
    }
}
