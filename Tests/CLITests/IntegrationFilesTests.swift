import Foundation
import JSONSupport
import SourceText
import Syntax
import Testing
@testable import CLI

/// `.pre-commit-hooks.yaml` and `action.yml` parse, and name only commands and options the
/// tool has (the network parts cannot be run here; `.ci/check-action.sh` runs the shell step).
@Suite struct IntegrationFilesTests {
    private func data(_ path: String) throws -> JSONValue {
        let url = FixtureWorkspace.repositoryRoot.appendingPathComponent(path)
        let tree = Parser.parse(SourceFile(name: path, bytes: [UInt8](try Data(contentsOf: url))))
        #expect(tree.diagnostics.filter { $0.severity == .error }.isEmpty, "\(path): \(tree.diagnostics.map(\.message))")
        return tree.toJSON()
    }

    @Test func preCommitHooksNameRealCommandsAndTheFourSuffixes() throws {
        guard case let .array(hooks) = try data(".pre-commit-hooks.yaml") else { Issue.record("not a list"); return }
        let ids = hooks.compactMap { hook -> String? in if case let .string(id)? = hook["id"] { id } else { nil } }
        #expect(ids == ["commissioning-lint", "commissioning-fmt"])
        for hook in hooks {
            #expect(hook["language"] == .string("swift"))
            guard case let .string(pattern)? = hook["files"] else { Issue.record("no files pattern"); continue }
            let regex = try Regex(pattern)
            for name in ["a.strategy.yaml", "b.mps.yaml", "c.framework.yml", "d.hypotheses.yaml"] { #expect(name.contains(regex), "\(name)") }
            for name in ["a.yaml", "strategy.yaml.bak", ".commissioning.yaml"] { #expect(!name.contains(regex), "\(name)") }
        }
        #expect(hooks[0]["entry"] == .string("commissioning-ls lint"))
        #expect(hooks[0]["pass_filenames"] == .bool(false))
        #expect(hooks[1]["entry"] == .string("commissioning-ls fmt"))
    }

    @Test func theActionPassesOnlyRealLintOptions() throws {
        let action = try data("action.yml")
        #expect(action["runs"]?["using"] == .string("composite"))
        let script = try String(contentsOf: FixtureWorkspace.repositoryRoot.appendingPathComponent(".ci/action-lint.sh"), encoding: .utf8)
        let options = Set(script.matches(of: /(--[a-z-]+)/).map { String($0.1) })
        #expect(options == ["--format", "--severity", "--config", "--baseline", "--max-warnings"])
        for option in options { #expect(LintOptions.help.contains(option), "\(option)") }
        if case let .object(inputs)? = action["inputs"] {
            #expect(Set(inputs.keys) == ["paths", "config", "baseline", "format", "max-warnings", "severity"])
        } else {
            Issue.record("no inputs")
        }
    }
}
