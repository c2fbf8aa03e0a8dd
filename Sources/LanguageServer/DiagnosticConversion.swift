import Analysis
import Foundation
import JSONSupport
import LanguageServerProtocol
import SourceText

/// The one place where a `SourceText.Diagnostic` (bytes, rule code, severity, related places)
/// becomes an LSP `Diagnostic` (positions in the negotiated encoding).
struct DiagnosticConverter {
    let encoding: PositionEncoding
    /// Shown as the diagnostic's `source` (the server's name).
    let source: String
    let documentationLink: @Sendable (String) -> String?
    /// Finds the URI and line index of a related location's document by its name.
    let resolveDocument: (String) -> (uri: String, lineIndex: LineIndex)?
    /// The client declared `relatedInformation` support; without it none is sent.
    var includesRelatedInformation = true
    /// `ServerLimits.maximumDiagnosticsPerDocument`.
    var maximumCount = ServerLimits.default.maximumDiagnosticsPerDocument

    func convert(_ diagnostics: [SourceText.Diagnostic], in document: DocumentSnapshot) -> [LanguageServerProtocol.Diagnostic] {
        let converter = PositionConverter(document.source.lineIndex, encoding)
        var converted = diagnostics.prefix(maximumCount).map { diagnostic in
            let related = !includesRelatedInformation ? [] : diagnostic.related.compactMap { related -> DiagnosticRelatedInformation? in
                var target: (uri: String, lineIndex: LineIndex)?
                if related.documentName == document.uri || related.documentName == document.source.name {
                    target = (document.uri, document.source.lineIndex)
                } else {
                    target = resolveDocument(related.documentName)
                    // The document itself, reached by its path: the text converted, not another copy.
                    if target?.uri == document.uri { target = (document.uri, document.source.lineIndex) }
                }
                guard let target else { return nil }
                let range = PositionConverter(target.lineIndex, encoding).range(of: related.range)
                return DiagnosticRelatedInformation(location: Location(uri: target.uri, range: range), message: related.message)
            }
            return LanguageServerProtocol.Diagnostic(
                range: converter.range(of: diagnostic.range),
                severity: Self.severity(diagnostic.severity),
                code: diagnostic.code,
                codeDescription: documentationLink(diagnostic.code).map(CodeDescription.init(href:)),
                source: source,
                message: diagnostic.message,
                relatedInformation: related.isEmpty ? nil : related,
                data: Self.fixSummary(diagnostic.fixes)
            )
        }
        if diagnostics.count > maximumCount {
            let omitted = diagnostics.count - maximumCount
            converted.append(LanguageServerProtocol.Diagnostic(
                range: converter.range(of: diagnostics[maximumCount].range), severity: .information, source: source,
                message: "\(omitted) more problems from here on are not shown: only the first \(maximumCount) of a document are. Fix those first."))
        }
        return converted
    }

    /// `data` for a diagnostic that has quick fixes: their titles and whether "fix all" applies
    /// them, so a client can show that a fix exists before asking for code actions. The edits
    /// themselves are computed again from the current version when code actions are requested.
    static func fixSummary(_ fixes: [Fix]) -> JSONValue? {
        guard !fixes.isEmpty else { return nil }
        return .object([
            "fixes": .array(fixes.map { .string($0.title) }),
            "safeFix": .bool(fixes.contains(where: \.isSafe)),
        ])
    }

    static func severity(_ severity: Severity) -> DiagnosticSeverity {
        switch severity {
        case .error: .error
        case .warning: .warning
        case .info: .information
        case .hint: .hint
        }
    }

    /// A result id for pull diagnostics: a hash of the report's content, so an unchanged set keeps
    /// its id (and the client gets "unchanged") whatever edits happened in between.
    static func resultID(of diagnostics: [LanguageServerProtocol.Diagnostic]) -> String {
        let text = JSONWriter(sortedKeys: true).bytes(diagnostics.json)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a, 64 bits: stable across runs, unlike Hasher.
        for byte in text {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// Finds a related document by name: the open documents first (by URI or by path), then the disk.
/// Files read from disk are kept for the conversion of one report only.
final class RelatedDocumentResolver {
    static let maximumFileSize = 16 * 1024 * 1024
    private let workspace: WorkspaceSnapshot
    private var cache: [String: (uri: String, lineIndex: LineIndex)?] = [:]

    init(workspace: WorkspaceSnapshot) { self.workspace = workspace }

    func resolve(_ name: String) -> (uri: String, lineIndex: LineIndex)? {
        if let cached = cache[name] { return cached }
        let result = lookUp(name)
        cache[name] = result
        return result
    }

    private func lookUp(_ name: String) -> (uri: String, lineIndex: LineIndex)? {
        if let document = workspace.documents[name] { return (document.uri, document.source.lineIndex) }
        let path = name.hasPrefix("/") ? name : DocumentURI.filePath(of: name)
        guard let path else { return nil }
        if let document = workspace.document(atPath: URL(fileURLWithPath: path).standardizedFileURL.path) {
            return (document.uri, document.source.lineIndex)
        }
        // Through `ContainedFile`, inside the workspace when there is one: never a pipe or a device.
        let root = workspace.info.rootURI.flatMap(DocumentURI.filePath(of:)).map { ContainedFile.realPath(of: $0) ?? $0 }
        guard let bytes = try? ContainedFile.read(path, inside: root, maximumBytes: Self.maximumFileSize).get() else { return nil }
        return (DocumentURI.fileURI(of: path), LineIndex(bytes))
    }
}
