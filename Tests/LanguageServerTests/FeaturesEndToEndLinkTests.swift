import Foundation
import JSONSupport
import LanguageServerProtocol
import SourceText
import Testing

/// Document links through the built server: a path to a document in the workspace leads to it, a
/// path to nothing or out of the workspace leads nowhere, and a web address anywhere is a link.
@Suite("End to end: document links")
struct FeaturesEndToEndLinkTests {
    static let framework = """
        kind: commissioning-framework
        title: Westshire framework # see https://www.westshire.gov.uk/commissioning.
        documents:
          - title: Older people
            relates-to: The strategy for older people.
            path: plans/older.strategy.yaml
          - title: Gone
            relates-to: A strategy not written yet.
            path: plans/gone.strategy.yaml
          - title: Elsewhere
            relates-to: Another council's plan.
            path: ../../elsewhere/their.strategy.yaml

        """

    @Test("Paths inside the workspace and web addresses are links; missing and outside paths are not", arguments: [PositionEncoding.utf16, .utf8])
    func linksOfAFramework(encoding: PositionEncoding) throws {
        let session = try FeaturesSession(files: ["westshire.framework.yaml": Self.framework,
                                                  "plans/older.strategy.yaml": "kind: commissioning-strategy\ntitle: Older people\n"],
                                          encoding: encoding)
        _ = try session.open("westshire.framework.yaml")
        let result = try session.client.request("textDocument/documentLink", ["textDocument": ["uri": .string(session.uri("westshire.framework.yaml"))]])
        let links = try (result.arrayValue ?? []).map(DocumentLink.init(json:))
        #expect(links.map(\.target) == ["https://www.westshire.gov.uk/commissioning", session.uri("plans/older.strategy.yaml")])
        #expect(links.first?.range.start == (try session.position(of: "https://", in: "westshire.framework.yaml")))
        #expect(links.last?.range.start == (try session.position(of: "plans/older", in: "westshire.framework.yaml")))
        #expect(links.last?.tooltip == "Open older.strategy.yaml")
    }
}
