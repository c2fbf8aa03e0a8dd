import Foundation
import Schema
import SourceText
import Syntax
import Testing
@testable import Analysis
@testable import Rules

/// The server checks the schema on another thread while the rules that do not read its results
/// run (`validatesConcurrently`). That is only right if those rules really ignore the schema's
/// failures, and if the analysis comes out the same.
@Suite struct ConcurrentValidationTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The examples, and every rule's firing and passing example (fragments, most of them with
    /// schema failures: missing sections, wrong values).
    static func documents() throws -> [(origin: DocumentOrigin, source: SourceFile)] {
        let examples = repositoryRoot.appendingPathComponent("Schemas/examples")
        var documents = try FileManager.default.contentsOfDirectory(at: examples, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
            .map { url in
                (DocumentOrigin(displayPath: url.lastPathComponent, fileURL: url),
                 SourceFile(name: url.lastPathComponent, bytes: [UInt8](try Data(contentsOf: url))))
            }
        for rule in RuleRegistry.rules {
            let metadata = type(of: rule).metadata
            for (suffix, text) in [("firing", metadata.firingExample), ("passing", metadata.passingExample)] {
                let name = "\(metadata.id.replacingOccurrences(of: "/", with: "-"))-\(suffix).yaml"
                documents.append((DocumentOrigin(displayPath: name, fileURL: nil), SourceFile(name: name, text: text)))
            }
        }
        return documents
    }

    @Test func concurrentAndSequentialAnalysesAgree() throws {
        let workspace = Workspace(root: Self.repositoryRoot)
        for (origin, source) in try Self.documents() {
            let sequential = DocumentAnalyzer(workspace: workspace).analyze(source, at: origin)
            let concurrent = DocumentAnalyzer(workspace: workspace, validatesConcurrently: true).analyze(source, at: origin)
            #expect(concurrent.diagnostics == sequential.diagnostics, "\(origin.displayPath)")
            #expect(concurrent.rulesRun == sequential.rulesRun, "\(origin.displayPath)")
        }
    }

    @Test func rulesThatDoNotDeclareItIgnoreSchemaFailures() throws {
        let schemas = SchemaRegistry.embedded
        var documentsWithFailures = 0
        for (origin, source) in try Self.documents() {
            let tree = Parser.parse(source)
            guard let kind = KindResolution.kind(of: tree, fileName: origin.displayPath, vocabulary: .shared),
                  let root = tree.root, let schema = schemas.schema(kind.schemaFile) else { continue }
            let failures = schemas.validate(root, against: schema)
            guard !failures.isEmpty else { continue }
            documentsWithFailures += 1
            for rule in RuleRegistry.rules where !type(of: rule).readsSchemaFailures {
                let with = rule.check(RuleContext(tree: tree, documentPath: origin.displayPath, kind: kind, schemaFailures: failures))
                let without = rule.check(RuleContext(tree: tree, documentPath: origin.displayPath, kind: kind, schemaFailures: []))
                #expect(with == without, "\(type(of: rule).metadata.id) on \(origin.displayPath)")
            }
        }
        #expect(documentsWithFailures >= 10)
    }

    /// A rule that reports what the schema layer found owns that code: its firing example gives
    /// the finding once, from the rule, not again from the schema layer.
    @Test func aSchemaCodeOwnedByARuleIsReportedOnce() {
        let owners = RuleRegistry.rules.filter { type(of: $0).readsSchemaFailures }
        #expect(!owners.isEmpty)
        for rule in owners {
            let metadata = type(of: rule).metadata
            let analysis = DocumentAnalyzer().analyze(SourceFile(name: "example.yaml", text: metadata.firingExample),
                                                      at: DocumentOrigin(displayPath: "example.yaml", fileURL: nil))
            let ranges = analysis.diagnostics.filter { $0.code == metadata.id }.map(\.range)
            #expect(!ranges.isEmpty, "\(metadata.id)")
            #expect(Set(ranges).count == ranges.count, "\(metadata.id) reported twice at one place")
        }
    }
}
