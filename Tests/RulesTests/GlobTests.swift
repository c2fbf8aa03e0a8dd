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
        // Runs of `**` mean one `**`; `**` may stand for no folder at all.
        ("**/**/**/*.bak", "old.bak", true),
        ("**/**/**/*.bak", "a/b/c/old.bak", true),
        ("a/**/**/b", "a/b", true),
        ("a/**/**/b", "a/x/y/b", true),
        ("a/**/**/b", "b/a", false),
        ("**", "anything/at/all.yaml", true),
        // `**` inside a name is two `*`: it does not cross a `/`.
        ("a**b/c", "axyb/c", true),
        ("a**b", "a/b", false),
        ("?.yaml", "é.yaml", true),
        ("[]a]", "]", true),
        ("[!]a]", "]", false),
        ("[z-a]", "m", false),
        ("a[b", "a[b", true),
        ("*.bak", "x/*.bak/y", false),
    ])
    func matching(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }

    @Test func longPathsWithManyStarsStayFast() {
        // A pattern that backtracks badly in naive matchers; must simply answer.
        let name = String(repeating: "a", count: 2_000) + "b"
        #expect(!Glob("*a*a*a*a*a*a*a*c").matches(name))
    }

    /// Each `**` used to try every split of the path, recursively: eight of them against a path 30
    /// folders deep took over a minute. Matching is now linear in pattern × path. (The bound is
    /// only there to stop a relapse; all of these together take milliseconds.)
    @Test(.timeLimit(.minutes(1)))
    func manyDoubleStarsAgainstDeepPathsStayFast() {
        let folders = (1...30).map { "f\($0)" }
        let deep = folders.joined(separator: "/")
        let start = ContinuousClock.now
        for count in 1...20 {
            let stars = String(repeating: "**/", count: count)
            #expect(!Glob(stars + "*.bak").matches(deep + "/deep.strategy.yaml"))
            #expect(Glob(stars + "*.bak").matches(deep + "/old.bak"))
            // Stars between literal folders, the last of which is missing: every split fails.
            let interleaved = folders.prefix(count).map { "**/" + $0 }.joined(separator: "/") + "/**/missing"
            #expect(!Glob(interleaved).matches(deep + "/x.yaml"))
            #expect(Glob(interleaved).matches(deep + "/missing"))
        }
        let twenty = String(repeating: "*a", count: 20) + "*c/"
        #expect(!Glob(String(repeating: "**/", count: 20) + twenty + "**").matches(String(repeating: "aaaa/", count: 30) + "b"))
        #expect(ContinuousClock.now - start < .seconds(2))
    }
}
