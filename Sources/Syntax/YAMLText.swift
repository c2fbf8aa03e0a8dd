/// Writing scalars so that this parser (and any YAML 1.2 reader) reads them back as exactly the
/// strings meant: used wherever text is written into a document — `new`'s skeletons, completion,
/// code actions.
public enum YAMLText {
    /// Plain when that reads back as this same string; double-quoted (with escapes) otherwise.
    public static func string(_ text: String) -> String {
        isSafePlain(text) ? text : doubleQuoted(text)
    }

    /// A mapping key, written as a value is.
    public static func key(_ text: String) -> String { string(text) }

    /// Double-quoted, with `"`, `\`, line breaks, tabs and every other control or invisible
    /// character escaped, so that nothing in the text changes how the line reads.
    public static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if isControl(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Conservative: not starting with an indicator, no blank at either end, no `: ` or ` #`
    /// inside, no line break, tab or control character, and not a word the YAML 1.2 core schema
    /// reads as something other than a string (`true`, `null`, `1.5`, `0x1F` …).
    public static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@` ".unicodeScalars.contains(first) || last == " " || last == ":" { return false }
        if text.contains(": ") || text.contains(" #") || text.contains("\t") || text.contains(where: \.isNewline) { return false }
        if text.unicodeScalars.contains(where: isControl) { return false }
        let lowered = text.lowercased()
        if ["true", "false", "null", "~", ".inf", "-.inf", "+.inf", ".nan"].contains(lowered) { return false }
        if Double(text) != nil || text.hasPrefix("0x") || text.hasPrefix("0o") { return false }
        return true
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) || scalar.value == 0xFEFF
    }
}
