import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CLI

/// `lint --format github` (workflow commands) and `--format junit` (XML).
@Suite struct LintGitHubAndJUnitTests {
    @Test func workflowCommandsWithOneBasedPlaces() throws {
        let workspace = try FixtureWorkspace("unicode", "warnings")
        defer { workspace.remove() }
        let result = try workspace.lint(["--format", "github"])
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("::error file=unicode/unicode.hypotheses.yaml,line=5,col=10,endLine=5,endColumn=11,title=schema/unknown-key::Unknown key") })
        #expect(lines.contains { $0.hasPrefix("::error file=unicode/unicode.hypotheses.yaml,line=5,col=50,endLine=5,endColumn=52,title=schema/unknown-key::") })
        #expect(lines.contains { $0.hasPrefix("::warning file=warnings/few.hypotheses.yaml,line=4,col=1,endLine=4,endColumn=11,title=hypothesis/count::") })
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
    }

    @Test func lowerSeveritiesAreNotices() throws {
        let workspace = try FixtureWorkspace("warnings")
        defer { workspace.remove() }
        try workspace.write(".commissioning.yaml", "rules:\n  hypothesis/count: info\n")
        let result = try workspace.lint(["--format", "github", "--severity", "hint"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("::notice file=warnings/few.hypotheses.yaml,line=4,col=1,endLine=4,endColumn=11,title=hypothesis/count::"))
        #expect(result.standardOutput.contains("title=suppression/unused::"))
    }

    @Test func workflowCommandEscaping() {
        #expect(GitHubFormatter.escapeData("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b")
        #expect(GitHubFormatter.escapeProperty("dir,a:b%c\n.yaml") == "dir%2Ca%3Ab%25c%0A.yaml")
    }

    @Test func aFileNameWithCommasAndColonsIsEscaped() throws {
        let workspace = try FixtureWorkspace()
        defer { workspace.remove() }
        try workspace.write("a,b:c.hypotheses.yaml", "kind: hypothesis-set\ntitle: T\npopulation: P\nhypotheses: []\nextra: 1\n")
        let result = try workspace.lint(["--format", "github"])
        #expect(result.standardOutput.contains("::error file=a%2Cb%3Ac.hypotheses.yaml,line=5,col=1,"), "\(result.standardOutput)")
    }

    @Test func junitIsValidXMLWithOneSuitePerFileAndOneCasePerCheck() throws {
        let workspace = try FixtureWorkspace("unicode", "warnings")
        defer { workspace.remove() }
        try workspace.write("odd/a&b<c>\"d\".hypotheses.yaml", "kind: hypothesis-set\ntitle: T & <b>\npopulation: P\nhypotheses: []\n\"x<&>\": 1\n")
        let result = try workspace.lint(["--format", "junit"])
        #expect(result.status == 1)
        let document = try JUnitDocument(result.standardOutputBytes)
        #expect(document.suites.map(\.name) == ["odd/a&b<c>\"d\".hypotheses.yaml", "unicode/unicode.hypotheses.yaml", "warnings/few.hypotheses.yaml"])
        for suite in document.suites {
            #expect(suite.cases.first == "syntax")
            #expect(suite.cases.dropFirst().first == "schema")
            #expect(suite.cases.contains("hypothesis/count"), "every rule that ran is a test case")
            #expect(suite.declaredTests == suite.cases.count)
            #expect(suite.declaredFailures == suite.failures.count)
        }
        let unicode = try #require(document.suites.first { $0.name.hasPrefix("unicode/") })
        let schema = try #require(unicode.failures["schema"])
        #expect(schema.components(separatedBy: "[schema/unknown-key]").count - 1 == 4)
        #expect(schema.contains("unicode/unicode.hypotheses.yaml:5:50: error:"))
        let odd = try #require(document.suites.first { $0.name.hasPrefix("odd/") })
        #expect(odd.failures["schema"]?.contains("x<&>") == true)
        let warnings = try #require(document.suites.first { $0.name.hasPrefix("warnings/") })
        #expect(warnings.failures.keys.sorted() == ["hypothesis/count"])
    }
}

/// The parts of a JUnit XML report the tests look at, read with Foundation's XML parser (which
/// rejects malformed XML).
final class JUnitDocument: NSObject, XMLParserDelegate {
    struct Suite {
        var name: String
        var declaredTests: Int
        var declaredFailures: Int
        var cases: [String] = []
        var failures: [String: String] = [:]
    }

    private(set) var suites: [Suite] = []
    private var currentCase: String?
    private var failureText: String?

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.propertyListReadCorrupt) }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch elementName {
        case "testsuite":
            suites.append(Suite(name: attributes["name"] ?? "", declaredTests: Int(attributes["tests"] ?? "") ?? -1,
                                declaredFailures: Int(attributes["failures"] ?? "") ?? -1))
        case "testcase":
            currentCase = attributes["name"]
            if let name = attributes["name"] { suites[suites.count - 1].cases.append(name) }
        case "failure":
            failureText = ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if failureText != nil { failureText? += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == "failure", let text = failureText, let name = currentCase {
            suites[suites.count - 1].failures[name] = text
            failureText = nil
        }
    }
}
