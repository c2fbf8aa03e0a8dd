import Foundation
import Rules
import SourceText
import Syntax

/// Every place in one document where the hypothesis id under the cursor is written: its
/// definition (in a set) is where it is written to, each citation (in a document linking to a
/// set) a place it is read.
public enum HypothesisHighlights {
    public struct Highlight: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case definition
            case citation
        }

        public let range: TextRange
        public let kind: Kind
    }

    public static func highlights(in tree: SyntaxTree, fileURL: URL, at offset: Int) -> [Highlight] {
        guard case let .hypothesis(id, _, _)? = Navigation.target(in: tree, fileURL: fileURL, at: offset) else { return [] }
        let definitions = DocumentReferences.hypothesisDefinitions(in: tree).filter { $0.id == id }
            .map { Highlight(range: HypothesisRename.textRange(of: $0.idNode), kind: .definition) }
        let citations = DocumentReferences.hypothesisUses(in: tree).filter { $0.id == id }
            .map { Highlight(range: HypothesisRename.textRange(of: $0.node), kind: .citation) }
        return (definitions + citations).sorted { $0.range.start < $1.range.start }
    }
}
