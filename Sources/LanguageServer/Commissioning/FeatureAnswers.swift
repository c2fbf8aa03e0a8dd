import Features
import Foundation
import SourceText

/// The features' edits as the server's answers.
enum FeatureAnswers {
    /// Edits grouped by document, in the order the documents first come, each named by the URI
    /// the editor knows it by.
    static func documentEdits(_ edits: [DocumentEdit], open: OpenDocumentSources) -> [DocumentEdits] {
        var byURI: [String: DocumentEdits] = [:]
        var order: [String] = []
        for edit in edits {
            let uri = open.workspace.uri(of: edit.target.url)
            if byURI[uri] == nil { order.append(uri) }
            byURI[uri, default: DocumentEdits(uri: uri, lineIndex: edit.target.lineIndex, edits: [])]
                .edits.append(SourceText.TextEdit(range: edit.target.range, newText: edit.newText))
        }
        return order.compactMap { byURI[$0] }
    }
}
