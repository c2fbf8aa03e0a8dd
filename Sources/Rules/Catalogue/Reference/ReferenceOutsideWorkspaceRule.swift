import SourceText
import Syntax

/// A reference that leads outside the workspace folder. It is never followed: a document must not
/// make the checker read files elsewhere on the machine.
public struct ReferenceOutsideWorkspaceRule: Rule {
    public static let metadata = RuleMetadata(
        id: "reference/outside-workspace",
        defaultSeverity: .error,
        summary: "A reference points outside the workspace root; it is not read.",
        explanation: """
            The documents of a workspace — the folder the editor opened, or for `lint` the folder \
            holding `.commissioning.yaml` or `.git` — may refer only to each other. A path that \
            climbs out of it (`../../elsewhere/plan.yaml`), an absolute path, or a symbolic link \
            inside the workspace that leads out of it is refused and the file is not read, so that \
            opening a document can never make the checker read other files on the machine. Move \
            or copy the referenced document into the workspace and refer to it there.
            """,
        sources: [],
        firingExample: """
            kind: commissioning-strategy
            hypotheses: ../../elsewhere/older-people.hypotheses.yaml
            """,
        passingExample: """
            kind: commissioning-strategy
            hypotheses: older-people.hypotheses.yaml
            """
    )

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        guard let resolver = context.references else { return [] }
        return DocumentReferences.paths(in: context).compactMap { reference in
            // Where it leads is not shown: nothing outside the root is, not even its name.
            guard case .outsideWorkspace = resolver.summarize(reference.path) else { return nil }
            return Finding(
                range: reference.node.range,
                message: "`\(reference.path)` points outside the workspace folder, so it was not read: move or copy it into the folder and refer to it there."
            )
        }
    }
}
