/// Writing values into a document so that YAML reads back exactly the text meant.
enum YAMLText {
    /// `text` as a plain scalar when YAML reads it back as that same string, else double-quoted.
    static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// True when a plain scalar of this text is a string with exactly this text: no indicator
    /// first, no `: ` or ` #` inside, no blank at either end, and not a core-schema null, bool
    /// or number.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) || first == " " || last == " " || last == ":" { return false }
        if text.contains(": ") || text.contains(" #") || text.contains(where: \.isNewline) || text.contains("\t") { return false }
        let lowered = text.lowercased()
        if ["null", "~", "true", "false", ".inf", "-.inf", "+.inf", ".nan"].contains(lowered) { return false }
        if Double(text) != nil || text.hasPrefix("0x") || text.hasPrefix("0o") { return false }
        return true
    }

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
