import Rules
import Schema
import Syntax

/// What a document is to the project, decided once per version (`DocumentRole.of`) and then
/// kept with its check, so that neither front end decides it again.
public enum DocumentRole: Sendable, Equatable {
    /// A commissioning document: checked in full (without a kind: `kind/unknown`).
    case commissioning
    /// The workspace configuration (`.commissioning.yaml`), checked against its own schema.
    case configuration
    /// Any other YAML: its syntax only, so that a stray YAML file is not told to become a
    /// commissioning strategy.
    case other

    /// The role of a document named `fileName` (its last path component).
    /// `offeredAsCommissioning`: the front end was asked to check it as one — `lint` for every
    /// file it is given or finds (as a linter checks in full a file it is named), the server for
    /// a document the editor sends under the `commissioning` language id. Otherwise the
    /// document's own `kind:` or a kind's file suffix decides.
    public static func of(fileName: String, tree: SyntaxTree, offeredAsCommissioning: Bool, vocabulary: Vocabulary) -> DocumentRole {
        if ConfigurationLoader.fileNames.contains(fileName) { return .configuration }
        if offeredAsCommissioning || isCommissioningFileName(fileName, vocabulary: vocabulary)
            || KindResolution.declaredKind(of: tree) != nil {
            return .commissioning
        }
        return .other
    }

    /// Whether a file's name alone makes it a commissioning document (a kind's suffix, such as
    /// `.strategy.yaml`): what a folder search looks for.
    public static func isCommissioningFileName(_ fileName: String, vocabulary: Vocabulary) -> Bool {
        vocabulary.kind(forFileName: fileName) != nil
    }

    /// The domain rules a document of this role is checked with (the configuration decides
    /// their severities afterwards; a rule of other kinds skips itself by its metadata).
    public var rules: [any Rule] { self == .commissioning ? RuleRegistry.rules : [] }
}
