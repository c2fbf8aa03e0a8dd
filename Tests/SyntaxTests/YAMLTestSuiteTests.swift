import Foundation
import JSONSupport
import SourceText
import Syntax
import Testing

/// The YAML test suite (../shared/conformance/yaml-test-suite): every case must be either read
/// exactly as `in.json` says or rejected with an error diagnostic; a case marked `error` must be
/// rejected. A misread (accepted, different data) or an accepted invalid case fails the test.
@Suite struct YAMLTestSuiteTests {
    static let suiteFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "shared/conformance/yaml-test-suite")

    struct Case {
        let folder: URL
        var name: String { folder.path.replacingOccurrences(of: YAMLTestSuiteTests.suiteFolder.path + "/", with: "") }
    }

    /// Every folder holding an `in.yaml`: the four-letter case folders and their numbered sub-folders.
    static func cases() throws -> [Case] {
        let files = FileManager.default
        var cases: [Case] = []
        for name in try files.contentsOfDirectory(atPath: suiteFolder.path).sorted() where name.count == 4 {
            let folder = suiteFolder.appending(path: name)
            if files.fileExists(atPath: folder.appending(path: "in.yaml").path) {
                cases.append(Case(folder: folder))
            } else if let subfolders = try? files.contentsOfDirectory(atPath: folder.path) {
                for sub in subfolders.sorted() where files.fileExists(atPath: folder.appending(path: "\(sub)/in.yaml").path) {
                    cases.append(Case(folder: folder.appending(path: sub)))
                }
            }
        }
        return cases
    }

    /// `in.json` may hold several JSON texts one after another (one per YAML document).
    static func jsonDocuments(_ bytes: [UInt8]) throws -> [JSONValue] {
        var documents: [JSONValue] = []
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let start = index
            var depth = 0
            var inString = false
            scan: while index < bytes.count {
                let byte = bytes[index]
                if inString {
                    if byte == 0x5C { index += 2; continue }
                    if byte == 0x22 {
                        inString = false
                        if depth == 0 { index += 1; break scan }
                    }
                } else if byte == 0x22 {
                    inString = true
                } else if byte == 0x5B || byte == 0x7B {
                    depth += 1
                } else if byte == 0x5D || byte == 0x7D {
                    depth -= 1
                    if depth == 0 { index += 1; break scan }
                } else if depth == 0, isSpace(byte) {
                    break scan
                }
                index += 1
            }
            documents.append(try JSONParser.parse(Array(bytes[start ..< min(index, bytes.count)])))
        }
        return documents
    }

    @Test func everyCaseIsReadExactlyOrRejected() throws {
        let cases = try Self.cases()
        #expect(cases.count > 350, "the suite was not found at \(Self.suiteFolder.path)")
        var matched = 0
        var rejected = 0
        var acceptedWithoutJSON = 0
        var misread: [String] = []
        var acceptedInvalid: [String] = []
        for testCase in cases {
            let yaml = try Array(Data(contentsOf: testCase.folder.appending(path: "in.yaml")))
            let tree = Parser.parse(SourceFile(name: testCase.name, bytes: yaml))
            let isInvalid = FileManager.default.fileExists(atPath: testCase.folder.appending(path: "error").path)
            if tree.diagnostics.contains(where: { $0.severity == .error }) {
                rejected += 1
                continue
            }
            if isInvalid {
                acceptedInvalid.append("\(testCase.name): read as \(JSONWriter().string(tree.toJSON()))")
                continue
            }
            guard let json = try? Data(contentsOf: testCase.folder.appending(path: "in.json")) else {
                acceptedWithoutJSON += 1
                continue
            }
            let documents = try Self.jsonDocuments(Array(json))
            let same: Bool
            switch documents.count {
            case 0: same = tree.root == nil
            case 1: same = tree.root != nil && tree.toJSON() == documents[0]
            default: same = false
            }
            if same {
                matched += 1
            } else {
                misread.append("\(testCase.name): read \(tree.root == nil ? "nothing" : JSONWriter().string(tree.toJSON())), expected \(documents.map { JSONWriter().string($0) })")
            }
        }
        print("yaml-test-suite: \(cases.count) cases: matched \(matched), rejected \(rejected), misread \(misread.count), accepted invalid \(acceptedInvalid.count), accepted without in.json \(acceptedWithoutJSON)")
        #expect(misread.isEmpty, "misread cases:\n\(misread.joined(separator: "\n"))")
        #expect(acceptedInvalid.isEmpty, "invalid cases accepted:\n\(acceptedInvalid.joined(separator: "\n"))")
        #expect(matched >= 180, "only \(matched) cases matched")
    }

    /// A rejected case must say where: every diagnostic lies inside the document.
    @Test func rejectionsHaveRangesInsideTheDocument() throws {
        for testCase in try Self.cases() {
            let yaml = try Array(Data(contentsOf: testCase.folder.appending(path: "in.yaml")))
            let tree = Parser.parse(SourceFile(name: testCase.name, bytes: yaml))
            for diagnostic in tree.diagnostics {
                #expect(diagnostic.range.start >= 0 && diagnostic.range.end <= yaml.count, "\(testCase.name): \(diagnostic)")
                #expect(diagnostic.code.hasPrefix("syntax/") && SyntaxRule.rule(withID: diagnostic.code) != nil, "\(testCase.name): \(diagnostic.code)")
            }
        }
    }
}
