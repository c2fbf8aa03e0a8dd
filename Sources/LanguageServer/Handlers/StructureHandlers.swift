import Features
import LanguageServerProtocol
import SourceText

/// The outline, folding and selection ranges: the document's structure.
enum StructureHandlers {
    static func register(in table: inout HandlerTable) {
        table.onRequest(DocumentSymbolRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            let symbols = context.service.documentSymbols(in: document)
            try Task.checkCancellation()
            let converter = context.converter(for: document)
            // Depth first, in document order, until the limit: the rest of the outline is left out.
            var budget = context.core.options.limits.maximumSymbolsPerAnswer
            func convert(_ symbols: [OutlineItem]) -> [DocumentSymbol] {
                var converted: [DocumentSymbol] = []
                for symbol in symbols {
                    guard budget > 0 else { break }
                    budget -= 1
                    let children = convert(symbol.children)
                    converted.append(DocumentSymbol(
                        name: symbol.name, detail: symbol.detail, kind: symbol.kind.lsp, range: converter.range(of: symbol.range),
                        selectionRange: converter.range(of: symbol.selectionRange), children: children.isEmpty ? nil : children))
                }
                return converted
            }
            return convert(symbols)
        }

        table.onRequest(FoldingRangeRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            let lineIndex = document.source.lineIndex
            let ranges = context.service.foldingRanges(in: document).lazy.compactMap { region in
                let startLine = lineIndex.line(containing: region.range.start)
                let endLine = lineIndex.line(containing: region.range.end)
                // A region within one line has nothing to fold.
                return endLine > startLine ? FoldingRange(startLine: startLine, endLine: endLine, kind: region.kind.lsp) : nil
            }
            return Array(ranges.prefix(context.core.options.limits.maximumSymbolsPerAnswer))
        }

        table.onRequest(SelectionRangeRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            let converter = context.converter(for: document)
            let offsets = params.positions.map(converter.offset(of:))
            let answers = context.service.selectionRanges(at: offsets, in: document)
            // LSP wants one answer per position, in order; a position without ranges gets the
            // empty range at the cursor.
            return offsets.enumerated().map { index, offset in
                let ranges = index < answers.count ? answers[index] : []
                let nested = (ranges.isEmpty ? [TextRange.empty(at: offset)] : ranges).map(converter.range(of:))
                return SelectionRange(nested: nested) ?? SelectionRange(range: converter.range(of: .empty(at: offset)))
            }
        }
    }
}
