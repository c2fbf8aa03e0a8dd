import Syntax

/// What the editor features add to `Syntax.YAMLText`: the escapes of snippet syntax.
extension YAMLText {
    /// `text` as a scalar that reads back as that same string (plain when it can be).
    static func scalar(_ text: String) -> String { string(text) }

    /// Escapes text for snippet syntax, where `$`, `}` and `\` are special.
    static func snippetEscaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "$" || character == "}" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Escapes text for a snippet choice (`${1|a,b|}`), where `,` and `|` are special too.
    static func choiceEscaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "$}\\,|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
