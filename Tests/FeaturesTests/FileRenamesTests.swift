import Analysis
import Foundation
import SourceText
import Testing
@testable import Features

/// The paths rewritten when documents and folders are renamed (`workspace/willRenameFiles`).
@Suite struct FileRenamesTests {
    let workspace = InMemoryWorkspace(files: [
        "sets/older.hypotheses.yaml": NavigationTests.set,
        "plans/living-well.strategy.yaml": NavigationTests.strategy,
        "northshire.framework.yaml": NavigationTests.framework,
    ])

    /// Each edit as "file: old text → new text", sorted.
    private func edits(_ renames: [(String, String)], in workspace: InMemoryWorkspace? = nil) -> [String] {
        let workspace = workspace ?? self.workspace
        let moves = renames.map { FileRenames.Rename(old: url($0.0, in: workspace), new: url($0.1, in: workspace)) }
        return FileRenames.edits(for: moves, in: Workspace(root: InMemoryWorkspace.root), documents: workspace).map { edit in
            let file = edit.target.url.path.replacingOccurrences(of: InMemoryWorkspace.root.path + "/", with: "")
            let text = workspace.files[file]?.utf8Slice(edit.target.range) ?? "?"
            return "\(file): \(text) → \(edit.newText)"
        }.sorted()
    }

    /// A path relative to the test root, or an absolute one as it is.
    private func url(_ path: String, in workspace: InMemoryWorkspace) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : workspace.url(path)
    }

    @Test func aRenamedSetChangesOnlyItsNameInTheStrategyPath() {
        #expect(edits([("sets/older.hypotheses.yaml", "sets/older-people.hypotheses.yaml")]) == [
            "plans/living-well.strategy.yaml: ../sets/older.hypotheses.yaml → ../sets/older-people.hypotheses.yaml",
        ])
    }

    @Test func aMovedStrategyIsFollowedByTheFrameworkAndRewritesItsOwnPath() {
        #expect(edits([("plans/living-well.strategy.yaml", "living-well.strategy.yaml")]) == [
            "northshire.framework.yaml: plans/living-well.strategy.yaml → living-well.strategy.yaml",
            "plans/living-well.strategy.yaml: ../sets/older.hypotheses.yaml → sets/older.hypotheses.yaml",
        ])
    }

    @Test func aRenamedFolderChangesItsNameInEveryPathThroughIt() {
        #expect(edits([("sets", "hypothesis-sets")]) == [
            "plans/living-well.strategy.yaml: ../sets/older.hypotheses.yaml → ../hypothesis-sets/older.hypotheses.yaml",
        ])
        #expect(edits([("plans", "programmes")]) == [
            "northshire.framework.yaml: plans/living-well.strategy.yaml → programmes/living-well.strategy.yaml",
        ])
    }

    @Test func aFolderMovedDeeperRewritesPathsIntoItAndOutOfIt() {
        #expect(edits([("plans", "archive/2024/plans")]) == [
            "northshire.framework.yaml: plans/living-well.strategy.yaml → archive/2024/plans/living-well.strategy.yaml",
            "plans/living-well.strategy.yaml: ../sets/older.hypotheses.yaml → ../../../sets/older.hypotheses.yaml",
        ])
    }

    @Test func documentsMovingTogetherKeepThePathsBetweenThem() {
        let together = InMemoryWorkspace(files: [
            "plans/older.hypotheses.yaml": NavigationTests.set,
            "plans/living-well.strategy.yaml": NavigationTests.strategy.replacingOccurrences(of: "../sets/older.hypotheses.yaml", with: "./older.hypotheses.yaml"),
        ])
        #expect(edits([("plans", "archive/plans")], in: together) == [])
    }

    @Test func aLeadingDotSlashStaysAfterAMove() {
        let dotted = InMemoryWorkspace(files: [
            "plans/older.hypotheses.yaml": NavigationTests.set,
            "plans/living-well.strategy.yaml": NavigationTests.strategy.replacingOccurrences(of: "../sets/older.hypotheses.yaml", with: "./older.hypotheses.yaml"),
        ])
        #expect(edits([("plans/older.hypotheses.yaml", "plans/sets/older.hypotheses.yaml")], in: dotted) == [
            "plans/living-well.strategy.yaml: ./older.hypotheses.yaml → ./sets/older.hypotheses.yaml",
        ])
        #expect(edits([("plans/older.hypotheses.yaml", "plans/older-people.hypotheses.yaml")], in: dotted) == [
            "plans/living-well.strategy.yaml: ./older.hypotheses.yaml → ./older-people.hypotheses.yaml",
        ])
    }

    @Test func aRoundaboutPathChangesOnlyTheRenamedName() {
        let roundabout = InMemoryWorkspace(files: [
            "sets/older.hypotheses.yaml": NavigationTests.set,
            "plans/living-well.strategy.yaml": NavigationTests.strategy.replacingOccurrences(of: "../sets/", with: "../plans/../sets/"),
        ])
        #expect(edits([("sets/older.hypotheses.yaml", "sets/older-people.hypotheses.yaml")], in: roundabout) == [
            "plans/living-well.strategy.yaml: ../plans/../sets/older.hypotheses.yaml → ../plans/../sets/older-people.hypotheses.yaml",
        ])
    }

    @Test func anAbsolutePathStaysAbsolute() {
        let absolute = InMemoryWorkspace(files: [
            "sets/older.hypotheses.yaml": NavigationTests.set,
            "plans/living-well.strategy.yaml": NavigationTests.strategy.replacingOccurrences(
                of: "../sets/older.hypotheses.yaml", with: InMemoryWorkspace.root.path + "/sets/older.hypotheses.yaml"),
        ])
        let root = InMemoryWorkspace.root.path
        #expect(edits([("sets/older.hypotheses.yaml", "older.hypotheses.yaml")], in: absolute) == [
            "plans/living-well.strategy.yaml: \(root)/sets/older.hypotheses.yaml → \(root)/older.hypotheses.yaml",
        ])
    }

    @Test func nothingIsRewrittenToLeadOutOfTheWorkspace() {
        // The set leaves: its reference is left for reference/outside-workspace to report.
        #expect(edits([("sets/older.hypotheses.yaml", "/elsewhere/older.hypotheses.yaml")]) == [])
        #expect(edits([("sets", "/elsewhere/sets")]) == [])
        // The strategy leaves: the framework's path to it, and its own, are left alone.
        #expect(edits([("plans/living-well.strategy.yaml", "/elsewhere/living-well.strategy.yaml")]) == [])
        // A rename from outside names nothing in the workspace.
        #expect(edits([("/elsewhere/older.hypotheses.yaml", "sets/older.hypotheses.yaml")]) == [])
        // Nor does renaming the root itself.
        #expect(edits([(InMemoryWorkspace.root.path, "/elsewhere")]) == [])
    }

    @Test func aFileRenamedInsideAFolderRenamedAtTheSameTimeTakesBoth() {
        #expect(edits([("sets", "hypothesis-sets"), ("sets/older.hypotheses.yaml", "hypothesis-sets/older-people.hypotheses.yaml")]) == [
            "plans/living-well.strategy.yaml: ../sets/older.hypotheses.yaml → ../hypothesis-sets/older-people.hypotheses.yaml",
        ])
    }

    @Test func quotedPathsStayQuotedAndNewNamesAreQuotedWhenYAMLNeedsIt() {
        func strategy(_ written: String) -> InMemoryWorkspace {
            InMemoryWorkspace(files: [
                "sets/older.hypotheses.yaml": NavigationTests.set,
                "plans/living-well.strategy.yaml": NavigationTests.strategy.replacingOccurrences(of: "../sets/older.hypotheses.yaml", with: written),
            ])
        }
        let rename = [("sets/older.hypotheses.yaml", "sets/older people's.hypotheses.yaml")]
        #expect(edits(rename, in: strategy("\"../sets/older.hypotheses.yaml\"")) == [
            "plans/living-well.strategy.yaml: \"../sets/older.hypotheses.yaml\" → \"../sets/older people's.hypotheses.yaml\"",
        ])
        #expect(edits(rename, in: strategy("'../sets/older.hypotheses.yaml'")) == [
            "plans/living-well.strategy.yaml: '../sets/older.hypotheses.yaml' → '../sets/older people''s.hypotheses.yaml'",
        ])
        #expect(edits([("sets/older.hypotheses.yaml", "sets/older #2.hypotheses.yaml")]) == [
            "plans/living-well.strategy.yaml: ../sets/older.hypotheses.yaml → \"../sets/older #2.hypotheses.yaml\"",
        ])
    }

    @Test func aHashIsPartOfTheFileNameNotAFragment() {
        let hashed = InMemoryWorkspace(files: [
            "sets/older#2.hypotheses.yaml": NavigationTests.set,
            "plans/living-well.strategy.yaml": NavigationTests.strategy.replacingOccurrences(of: "older.hypotheses", with: "older#2.hypotheses"),
        ])
        #expect(edits([("sets/older#2.hypotheses.yaml", "sets/older#3.hypotheses.yaml")], in: hashed) == [
            "plans/living-well.strategy.yaml: ../sets/older#2.hypotheses.yaml → ../sets/older#3.hypotheses.yaml",
        ])
    }

    @Test func aDocumentNotRenamedAndNotReferringToARenamedOneIsLeftAlone() {
        #expect(edits([("sets/unrelated.hypotheses.yaml", "sets/other.hypotheses.yaml")]) == [])
        #expect(edits([("sets/older.hypotheses.yaml", "sets/older.hypotheses.yaml")]) == [])
    }
}
