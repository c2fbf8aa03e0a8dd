import SourceText
import Syntax

/// The stand-in language service until the commissioning analysis is wired in: it reports the
/// YAML syntax diagnostics of each document (from `Syntax.Parser`) and implements no request
/// feature, so none is advertised. Stateless, hence safe from any thread.
public struct SyntaxOnlyLanguageService: LanguageService {
    public init() {}

    public func diagnostics(for document: DocumentSnapshot, in workspace: WorkspaceSnapshot) -> [SourceText.Diagnostic] {
        Parser.parse(document.source).diagnostics
    }
}
