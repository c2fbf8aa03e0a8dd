import Analysis
import JSONSupport
import Syntax
import SourceText
import Foundation
import Testing

/// Every input a fuzzer saved (a crash, a timeout, a broken property), replayed through the same
/// fuzz body as the fuzzer ran it. Each was fixed; a failure here means it came back.
@Suite("Saved fuzzer inputs")
struct SavedFuzzInputTests {
    static let crashes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Crashes")

    static func inputs(_ target: String) -> [String] {
        let folder = crashes.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    static func bytes(_ target: String, _ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: crashes.appendingPathComponent(target).appendingPathComponent(name)))
    }

    /// The example documents as the workspace, as run.sh gives the analyzer fuzzer.
    static let examples = Workspace(root: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Schemas/examples"))

    @Test("analyzer", arguments: inputs("analyzer"))
    func analyzer(_ name: String) throws {
        let data = try Self.bytes("analyzer", name)
        #expect(AnalyzerFuzzBody.run(data, workspace: Self.examples) == nil)
        #expect(AnalyzerFuzzBody.run(data, workspace: nil) == nil)
    }

    @Test("framer", arguments: inputs("framer"))
    func framer(_ name: String) throws {
        #expect(FramerFuzzBody.run(try Self.bytes("framer", name)) == nil)
    }

    @Test("editing", arguments: inputs("editing"))
    func editing(_ name: String) throws {
        #expect(EditingFuzzBody.run(try Self.bytes("editing", name)) == nil)
    }

    @Test("features", arguments: inputs("features"))
    func features(_ name: String) throws {
        let service = FeaturesFuzzBody.service(root: Self.examples.root)
        #expect(FeaturesFuzzBody.run(try Self.bytes("features", name), service: service, root: Self.examples.root) == nil)
    }

    @Test("configuration", arguments: inputs("configuration"))
    func configuration(_ name: String) throws {
        #expect(ConfigurationFuzzBody.run(try Self.bytes("configuration", name)) == nil)
    }

    @Test("glob", arguments: inputs("glob"))
    func glob(_ name: String) throws {
        #expect(GlobFuzzBody.run(try Self.bytes("glob", name)) == nil)
    }

    @Test("The fuzz bodies accept the hand-made seeds")
    func seeds() throws {
        let corpus = Self.crashes.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus")
        var count = 0
        for target in ["analyzer", "framer", "editing", "configuration", "glob"] {
            let folder = corpus.appendingPathComponent(target)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                let data = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
                let failure = switch target {
                case "analyzer":
                    AnalyzerFuzzBody.run(data, workspace: Self.examples)
                        ?? FeaturesFuzzBody.run(data, service: FeaturesFuzzBody.service(root: Self.examples.root), root: Self.examples.root)
                case "framer": FramerFuzzBody.run(data)
                case "configuration": ConfigurationFuzzBody.run(data)
                case "glob": GlobFuzzBody.run(data)
                default: EditingFuzzBody.run(data)
                }
                #expect(failure == nil, "\(target)/\(name)")
                count += 1
            }
        }
        #expect(count >= 20)
    }
}

@Suite("Regressions found by fuzzing")
struct FuzzRegressionTests {
    /// `{{{…: x}: x}: x}` keys: the data of a key that is itself a mapping with such a key was
    /// quoted level by level, doubling the escapes each time (`dump` and a code action's check
    /// never finished on a 149-byte document). Now linear; one level reads as before.
    @Test func nestedComplexKeysConvertInLinearSize() {
        let depth = 200
        let text = String(repeating: "{", count: depth) + "a: b" + String(repeating: "}: x", count: depth - 1) + "}\n"
        let tree = Parser.parse(text)
        #expect(tree.diagnostics.contains { $0.code == "syntax/complex-key" })
        let json = JSONWriter().string(tree.toJSON())
        #expect(json.utf8.count < 20 * text.utf8.count, "\(json.utf8.count) bytes of JSON for \(text.utf8.count) of YAML")
        #expect(Parser.parse("{[1, 2]: x, {a: b}: y}\n").toJSON() == ["[1,2]": "x", #"{"a":"b"}"#: "y"])
        #expect(Parser.parse("{{{a: b}: c}: d}\n").toJSON() == [#"{{"a":"b"}:"c"}"#: "d"])
    }
}

@Suite("Regressions found by hostile inputs")
struct HostileRegressionTests {
    /// Each unknown key collected the names of all the object's keys again (to suggest the ones
    /// still missing): 20,000 unknown keys took 143 s to check, a million never finished. The
    /// names are now gathered once per object. (The time limit only stops a relapse from hanging
    /// the run; linear, this takes a few seconds in a debug build.)
    @Test(.timeLimit(.minutes(2)))
    func unknownKeysAreLinear() {
        let count = 60_000
        let text = "kind: hypothesis-set\n" + (0..<count).map { "unknown-\($0): 1\n" }.joined()
        let analysis = DocumentAnalyzer().analyze(SourceFile(name: "k.hypotheses.yaml", text: text),
                                                  at: DocumentOrigin(displayPath: "k.hypotheses.yaml", fileURL: nil))
        #expect(analysis.diagnostics.filter { $0.code == "schema/unknown-key" }.count == count)
    }
}
