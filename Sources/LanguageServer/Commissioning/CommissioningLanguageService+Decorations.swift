import Features
import Foundation
import JSONRPC
import JSONSupport
import SourceText

/// Semantic tokens, inlay hints and code lenses, from the parse (or check) of the version asked about.
extension CommissioningLanguageService {
    public var semanticTokenTypes: [String] { Features.SemanticToken.Kind.allCases.map(\.rawValue) }
    public var semanticTokenModifiers: [String] { Features.SemanticToken.Modifier.allCases.map(\.rawValue) }

    public func semanticTokens(in document: DocumentSnapshot, range: TextRange?, workspace: WorkspaceSnapshot) -> [TokenAnswer] {
        let (tree, schemaFile) = structure(of: document)
        let kinds = Features.SemanticToken.Kind.allCases
        let modifiers = Features.SemanticToken.Modifier.allCases
        return Features.SemanticTokens.tokens(in: tree, schemaFile: schemaFile, range: range, configuration: configuration(in: openDocuments(workspace)),
                                              navigator: navigator, vocabulary: vocabulary).map { token in
            let bits = token.modifiers.reduce(0) { $0 | 1 << (modifiers.firstIndex(of: $1) ?? 0) }
            return TokenAnswer(range: token.range, type: kinds.firstIndex(of: token.kind) ?? 0, modifiers: bits)
        }
    }
}

extension CommissioningLanguageService {
    /// The kinds the editor's settings leave on (all, unless switched off by name).
    var inlayHintKinds: Set<InlayHintItem.Kind> {
        let settings = state.withLock { $0.settings.inlayHints }
        return Set(InlayHintItem.Kind.allCases.filter { settings[$0.rawValue] ?? true })
    }

    public func inlayHints(in document: DocumentSnapshot, range: TextRange, workspace: WorkspaceSnapshot) -> [HintAnswer] {
        let (tree, schemaFile) = structure(of: document)
        return InlayHints.hints(in: tree, schemaFile: schemaFile, range: range, kinds: inlayHintKinds, navigator: navigator, vocabulary: vocabulary)
            .map { HintAnswer(offset: $0.offset, label: $0.label) }
    }
}

/// Code lenses. LSP requires every lens shown to carry a command; each carries
/// `commissioning.showCitations`, which the server runs itself (`workspace/executeCommand`) and
/// which changes nothing: it answers where the lens's document, or hypothesis, is cited. So no
/// client needs a command of its own for the lenses to show and be chosen.
extension CommissioningLanguageService {
    static let showCitationsCommand = "commissioning.showCitations"

    public func codeLenses(in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [LensAnswer] {
        guard let url = document.filePath.map({ URL(fileURLWithPath: $0) }) else { return [] }
        let (tree, schemaFile) = structure(of: document)
        let index = index(workspace)
        return CodeLenses.lenses(in: tree, fileURL: url, schemaFile: schemaFile, documents: index, navigator: navigator, vocabulary: vocabulary).map { lens in
            let subject = lens.subject.standardizedFileURL.path == url.standardizedFileURL.path ? document.uri : DocumentURI.fileURI(of: lens.subject.path)
            return LensAnswer(range: lens.range, title: lens.title, command: Self.showCitationsCommand,
                              arguments: [.string(subject)] + (lens.hypothesis.map { [.string($0)] } ?? []))
        }
    }

    /// `[uri]` or `[uri, hypothesis id]` → the places citing it, as LSP locations. Each location
    /// is the whole line of the citation (character 0 to character 0 of the next line): a
    /// command's answer is not converted to the client's position encoding, and line starts are
    /// the same in every encoding.
    func showCitations(_ arguments: [JSONValue], in workspace: WorkspaceSnapshot) throws -> JSONValue {
        guard let uri = arguments.first?.stringValue, let path = DocumentURI.filePath(of: uri) else {
            throw ResponseError.invalidParams("\(Self.showCitationsCommand) needs a document's URI, and optionally a hypothesis id")
        }
        let index = index(workspace)
        let targets = CodeLenses.citations(of: URL(fileURLWithPath: path), hypothesis: arguments.dropFirst().first?.stringValue, documents: index)
        return .array(targets.map { target in
            let line = target.lineIndex.line(containing: target.range.start)
            return ["uri": .string(workspace.uri(of: target.url)),
                    "range": ["start": ["line": .int(line), "character": 0], "end": ["line": .int(line + 1), "character": 0]]]
        })
    }
}
