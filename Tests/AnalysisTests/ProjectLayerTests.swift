import Foundation
import JSONSupport
import Rules
import Schema
import SourceText
import Syntax
import Testing
@testable import Analysis

/// The project layer's decisions, each made in one place for `lint` and the server.
@Suite struct DocumentRoleTests {
    let vocabulary = Vocabulary.shared

    func role(_ name: String, _ text: String = "title: x\n", offered: Bool = false) -> DocumentRole {
        DocumentRole.of(fileName: name, tree: Parser.parse(SourceFile(name: name, text: text)), offeredAsCommissioning: offered, vocabulary: vocabulary)
    }

    @Test func theConfigurationFileIsTheConfigurationWhateverItSays() {
        for name in ConfigurationLoader.fileNames {
            #expect(role(name) == .configuration)
            #expect(role(name, "kind: commissioning-strategy\n", offered: true) == .configuration)
        }
    }

    @Test func aKindsSuffixADeclaredKindOrTheFrontEndMakeACommissioningDocument() throws {
        let suffix = try #require(vocabulary.kinds.first?.fileSuffixes.first)
        #expect(role("plan" + suffix) == .commissioning)
        #expect(role("notes.yaml", "kind: anything\n") == .commissioning)
        #expect(role("notes.yaml", offered: true) == .commissioning)
        #expect(role("notes.yaml") == .other)
    }

    @Test func onlyACommissioningDocumentGetsTheDomainRules() {
        #expect(DocumentRole.commissioning.rules.count == RuleRegistry.rules.count)
        #expect(DocumentRole.configuration.rules.isEmpty)
        #expect(DocumentRole.other.rules.isEmpty)
    }
}

@Suite struct DocumentIDTests {
    @Test func aPathBelowTheRootIsNamedRelativeToIt() {
        #expect(DocumentID(path: "/w/plans/a.strategy.yaml", below: "/w")?.workspacePath == "plans/a.strategy.yaml")
        #expect(DocumentID(path: "/w/./plans/../a.yaml", below: "/w/")?.workspacePath == "a.yaml")
    }

    @Test func aPathOutsideOrTheRootItselfHasNoID() {
        #expect(DocumentID(path: "/work/a.yaml", below: "/w") == nil)
        #expect(DocumentID(path: "/w", below: "/w") == nil)
        #expect(DocumentID(path: "/w/../x/a.yaml", below: "/w") == nil)
    }

    @Test func anIDLeadsBackToItsFile() {
        let id = DocumentID(workspacePath: "plans/a.yaml")
        #expect(id.url(below: URL(fileURLWithPath: "/w")).path == "/w/plans/a.yaml")
        #expect(DocumentID(path: id.url(below: URL(fileURLWithPath: "/w")).path, below: "/w") == id)
    }
}

@Suite struct ConfigurationPrecedenceTests {
    let disk = Configuration(severities: ["hypothesis/count": .off, "content/thin": "error"])
    let open = Configuration(severities: ["hypothesis/count": "warning"])

    @Test func theDefaultsApplyWithoutAFile() {
        #expect(ConfigurationPrecedence.effective(onDisk: nil, openBuffer: nil).severities.isEmpty)
    }

    @Test func theOpenBufferWinsOverTheFileOnDisk() {
        let effective = ConfigurationPrecedence.effective(onDisk: disk, openBuffer: open)
        #expect(effective.severities == open.severities)
    }

    @Test func editorSettingsWinRuleByRule() throws {
        let settings = EditorSettings(try JSONParser.parse(#"{"commissioning": {"rules": {"content/thin": "off"}}}"#))
        let effective = ConfigurationPrecedence.effective(onDisk: disk, openBuffer: nil, editor: settings)
        #expect(effective.severities["content/thin"] == .off)
        #expect(effective.severities["hypothesis/count"] == .off)
        let overOpen = ConfigurationPrecedence.effective(onDisk: disk, openBuffer: open, editor: settings)
        #expect(overOpen.severities == ["hypothesis/count": "warning", "content/thin": .off])
    }

    @Test func settingsMayComeAsTheSectionAloneAndIgnoreWhatIsNotASeverity() throws {
        let alone = EditorSettings(try JSONParser.parse(#"{"rules": {"content/thin": "hint", "hypothesis/count": "loud"}}"#))
        #expect(alone.severities == ["content/thin": "hint"])
    }

    @Test func inlayHintKindsAreSwitchedByNameAndOnlyByBooleans() throws {
        let settings = EditorSettings(try JSONParser.parse(#"{"commissioning": {"inlayHints": {"money": false, "matrixLevel": true, "financialYear": "no"}}}"#))
        #expect(settings.inlayHints == ["money": false, "matrixLevel": true])
        #expect(EditorSettings(try JSONParser.parse(#"{"commissioning": {"rules": {}}}"#)).inlayHints.isEmpty, "nothing switched off by default")
    }
}

@Suite struct LinkGraphTests {
    @Test func dependentsFollowWhatEachDocumentLinksTo() {
        var graph = LinkGraph()
        graph.record("strategy", generation: 1, paths: ["/w/h.yaml", "/w/f.yaml"])
        graph.record("other", generation: 1, paths: ["/w/h.yaml"])
        #expect(graph.uris(linkingTo: "/w/h.yaml") == ["strategy", "other"])
        #expect(graph.uris(linkingTo: "/w/f.yaml") == ["strategy"])
        #expect(graph.paths(of: "strategy", generation: 1) == ["/w/h.yaml", "/w/f.yaml"])
        #expect(graph.paths(of: "strategy", generation: 2) == nil)
    }

    @Test func aNewerVersionReplacesItsLinksAndAnOlderOneIsIgnored() {
        var graph = LinkGraph()
        graph.record("strategy", generation: 2, paths: ["/w/h.yaml"])
        graph.record("strategy", generation: 3, paths: ["/w/g.yaml"])
        #expect(graph.uris(linkingTo: "/w/h.yaml").isEmpty)
        #expect(graph.uris(linkingTo: "/w/g.yaml") == ["strategy"])
        graph.record("strategy", generation: 1, paths: ["/w/old.yaml"])
        #expect(graph.uris(linkingTo: "/w/old.yaml").isEmpty)
        #expect(graph.paths(of: "strategy", generation: 3) == ["/w/g.yaml"])
    }

    @Test func aClosedDocumentIsNoLongerADependent() {
        var graph = LinkGraph()
        graph.record("a", generation: 1, paths: ["/w/h.yaml"])
        graph.record("b", generation: 1, paths: ["/w/h.yaml"])
        graph.remove("a")
        #expect(graph.uris(linkingTo: "/w/h.yaml") == ["b"])
        graph.keep { $0 != "b" }
        #expect(graph.uris(linkingTo: "/w/h.yaml").isEmpty)
        #expect(graph.count == 0)
    }
}

@Suite struct GenerationCacheTests {
    @Test func aValueIsReusedOnlyForItsOwnGeneration() {
        var cache = GenerationCache<String, String>(capacity: 4)
        #expect(cache.store("check of v1", for: "a", generation: 1) == [])
        #expect(cache.peek("a", generation: 1) == "check of v1")
        #expect(cache.use("a", generation: 2) == nil)
        #expect(cache.store("check of v2", for: "a", generation: 2) == ["check of v1"])
        #expect(cache.use("a", generation: 2) == "check of v2")
        #expect(cache.peek("a", generation: 1) == nil)
    }

    @Test func aRemovedKeyKeepsNothing() {
        var cache = GenerationCache<String, String>(capacity: 4)
        _ = cache.store("a1", for: "a", generation: 1)
        #expect(cache.remove("a") == "a1")
        #expect(cache.latest("a") == nil)
        #expect(cache.count == 0)
        #expect(cache.remove("a") == nil)
    }

    @Test func anOlderGenerationDoesNotReplaceANewerOne() {
        var cache = GenerationCache<String, String>(capacity: 4)
        _ = cache.store("v3", for: "a", generation: 3)
        #expect(cache.store("v2", for: "a", generation: 2) == nil)
        #expect(cache.peek("a", generation: 3) == "v3")
    }

    @Test func theLeastRecentlyUsedGoesFirst() {
        var cache = GenerationCache<String, String>(capacity: 2)
        _ = cache.store("a1", for: "a", generation: 1)
        _ = cache.store("b1", for: "b", generation: 1)
        #expect(cache.use("a", generation: 1) == "a1")
        #expect(cache.store("c1", for: "c", generation: 1) == ["b1"])
        #expect(cache.count == 2)
        #expect(cache.peek("a", generation: 1) == "a1")
        #expect(cache.peek("b", generation: 1) == nil)
        // A peek is not a use: `a` stays the older of the two.
        _ = cache.use("c", generation: 1)
        _ = cache.peek("a", generation: 1)
        #expect(cache.store("d1", for: "d", generation: 1) == ["a1"])
    }
}
