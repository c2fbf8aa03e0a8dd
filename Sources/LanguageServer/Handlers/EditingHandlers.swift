import LanguageServerProtocol
import SourceText

/// Completion, hover and code actions: the features used while writing.
enum EditingHandlers {
    static func register(in table: inout HandlerTable) {
        table.onRequest(CompletionRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return CompletionList(isIncomplete: false, items: []) }
            let converter = context.converter(for: document)
            let answer = context.service.completion(at: converter.offset(of: params.position), in: document, workspace: context.workspace)
            try Task.checkCancellation()
            let snippets = context.session.capabilities.supportsCompletionSnippets
            let markdown = context.session.capabilities.prefersMarkdownCompletionDocumentation
            let items = answer.items.map { candidate in
                let useSnippet = candidate.isSnippet && snippets
                var text = candidate.isSnippet && !snippets ? Snippet.plainText(candidate.insertText) : candidate.insertText
                // A line break in a plain-text edit is not safe (Vim's omnifunc inserts a NUL): a
                // client without snippets gets the first line only.
                if !useSnippet, let lineEnd = text.firstIndex(where: \.isNewline) { text = String(text[..<lineEnd]) }
                let documentation = candidate.documentation.map { value in
                    markdown ? MarkupContent(kind: .markdown, value: value)
                        : MarkupContent(kind: .plainText, value: candidate.plainDocumentation ?? value)
                }
                return CompletionItem(
                    label: candidate.label, kind: candidate.kind.lsp, detail: candidate.detail,
                    documentation: documentation,
                    sortText: candidate.sortText, filterText: candidate.filterText,
                    insertTextFormat: useSnippet ? .snippet : .plainText,
                    // Multi-line text (a section skeleton) carries its own indentation.
                    insertTextMode: text.contains("\n") ? .asIs : nil,
                    textEdit: LanguageServerProtocol.TextEdit(range: converter.range(of: candidate.replacing), newText: text))
            }
            return CompletionList(isIncomplete: answer.isIncomplete, items: items)
        }

        table.onRequest(HoverRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return nil }
            let converter = context.converter(for: document)
            guard let answer = context.service.hover(at: converter.offset(of: params.position), in: document, workspace: context.workspace) else {
                return nil
            }
            let contents = context.session.capabilities.prefersMarkdownHover
                ? MarkupContent(kind: .markdown, value: answer.markdown)
                : MarkupContent(kind: .plainText, value: answer.plainText)
            return Hover(contents: contents, range: answer.range.map(converter.range(of:)))
        }

        table.onRequest(CodeActionRequest.self) { params, context in
            guard let document = context.document(params.textDocument.uri) else { return [] }
            let range = context.converter(for: document).textRange(of: params.range)
            let proposals = context.service.codeActions(for: range, in: document, workspace: context.workspace)
            try Task.checkCancellation()
            let diagnosticConverter = context.core.converter(for: context.workspace, encoding: context.encoding)
            return proposals.filter { proposal in
                guard let only = params.context.only else { return true }
                // `only: ["refactor"]` admits `refactor.rewrite`: kinds are dot-separated hierarchies.
                return only.contains { proposal.kind.rawValue == $0.rawValue || proposal.kind.rawValue.hasPrefix($0.rawValue + ".") }
            }.map { proposal in
                var changes: [String: [LanguageServerProtocol.TextEdit]] = [:]
                for documentEdits in proposal.edits { changes[documentEdits.uri, default: []] += documentEdits.textEdits(in: context.encoding) }
                let resolves = diagnosticConverter.convert(proposal.resolves, in: document)
                return CodeAction(
                    title: proposal.title, kind: proposal.kind, diagnostics: resolves.isEmpty ? nil : resolves,
                    isPreferred: proposal.isPreferred ? true : nil, edit: WorkspaceEdit(changes: changes))
            }
        }
    }
}

/// Snippet syntax, for clients that cannot expand snippets.
enum Snippet {
    /// The text a snippet inserts with every placeholder at its default: `${1:name}` → `name`,
    /// `$1` and `$0` → nothing, `\$` → `$`.
    static func plainText(_ snippet: String) -> String {
        var output = ""
        var characters = snippet[...]
        while let character = characters.popFirst() {
            switch character {
            case "\\":
                if let next = characters.popFirst() { output.append(next) }
            case "$":
                if let next = characters.first, next.isNumber {
                    characters = characters.drop { $0.isNumber }
                } else if characters.first == "{" {
                    characters = characters.dropFirst().drop { $0.isNumber }
                    if characters.first == ":" { characters = characters.dropFirst() }
                    // The default text runs to the matching brace; nested placeholders are expanded too.
                    var depth = 1
                    var inner = ""
                    while let next = characters.popFirst() {
                        if next == "\\", let escaped = characters.popFirst() { inner.append("\\"); inner.append(escaped); continue }
                        if next == "{" { depth += 1 }
                        if next == "}" { depth -= 1; if depth == 0 { break } }
                        inner.append(next)
                    }
                    output += plainText(inner)
                } else {
                    output.append(character)
                }
            default:
                output.append(character)
            }
        }
        return output
    }
}
