import Testing
@testable import Rules

@Suite struct FrameworkInvolvementRuleTests {
    @Test func missingGroupsAreNamedTogetherAtTheInvolvementKey() throws {
        let text = "kind: commissioning-framework\ninvolvement:\n  service-users: A reference group.\n  providers: Provider forums.\n"
        let run = RuleRun(FrameworkInvolvementRule(), text)
        #expect(run.rangeTexts == ["involvement"])
        let message = try #require(run.messages.first)
        #expect(message.contains("does not say how carers and the public can expect to be involved in commissioning decisions"))
        #expect(message.contains("Add entries under `involvement:`"))
    }

    @Test func anEmptyGroupIsReportedAtItsKey() throws {
        let text = "kind: commissioning-framework\ninvolvement:\n  service-users: A reference group.\n  carers:\n  public: Consultation.\n  providers: Provider forums.\n"
        let run = RuleRun(FrameworkInvolvementRule(), text)
        #expect(run.rangeTexts == ["carers"])
        #expect(run.messages.first?.contains("`carers` is empty. Say how carers can expect to be involved") == true)
    }

    @Test func theGroupsComeFromTheSchema() {
        #expect(FrameworkInvolvementRule.groups(in: .shared).map(\.key) == ["service-users", "carers", "public", "providers"])
    }

    @Test func nearMisses() {
        let all = "kind: commissioning-framework\ninvolvement:\n  service-users: A reference group.\n  carers: [The carers' forum, A survey]\n  public: Consultation.\n  providers: Provider forums.\n"
        #expect(RuleRun(FrameworkInvolvementRule(), all).findings.isEmpty)
        // No involvement at all is the schema's (required); other kinds are not checked.
        #expect(RuleRun(FrameworkInvolvementRule(), "kind: commissioning-framework\ntitle: T\n").findings.isEmpty)
        #expect(RuleRun(FrameworkInvolvementRule(), "kind: commissioning-strategy\ninvolvement:\n  carers: Forum.\n").findings.isEmpty)
    }
}
