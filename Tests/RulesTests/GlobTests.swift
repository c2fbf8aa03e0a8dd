import Testing
@testable import Rules

@Suite struct GlobTests {
    @Test(arguments: [
        ("*.draft.yaml", "plans/old.draft.yaml", true),
        ("*.draft.yaml", "old.draft.yaml", true),
        ("*.draft.yaml", "old.strategy.yaml", false),
        ("drafts/", "drafts/a.strategy.yaml", true),
        ("drafts/", "x/drafts/a.strategy.yaml", true),
        ("drafts/", "draftsman/a.strategy.yaml", false),
        ("plans/*.yaml", "plans/a.yaml", true),
        ("plans/*.yaml", "plans/sub/a.yaml", false),
        ("plans/**/*.yaml", "plans/sub/deeper/a.yaml", true),
        ("plans/**/*.yaml", "plans/a.yaml", true),
        ("/archive/**", "archive/2019/a.mps.yaml", true),
        ("/archive/**", "plans/archive/a.mps.yaml", false),
        ("20[0-1]?/*", "2019/a.yaml", true),
        ("20[0-1]?/*", "2029/a.yaml", false),
        ("[!a]*.yaml", "b.yaml", true),
        ("[!a]*.yaml", "a.yaml", false),
        ("£*.yaml", "£1m.yaml", true),
    ])
    func matching(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }

    @Test func longPathsWithManyStarsStayFast() {
        // A pattern that backtracks badly in naive matchers; must simply answer.
        let name = String(repeating: "a", count: 2_000) + "b"
        #expect(!Glob("*a*a*a*a*a*a*a*c").matches(name))
    }
}
