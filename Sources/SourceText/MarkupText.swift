/// Text made safe inside XML or HTML content and double- or single-quoted attribute values: the
/// five special characters escaped, and the characters XML 1.0 (and HTML) cannot hold at all —
/// most control characters, U+FFFE, U+FFFF — replaced by U+FFFD. Shared by the JUnit report and
/// the rendered pages, so both escape the same way.
public enum MarkupText {
    /// `apostrophe` is how `'` is written: `&#39;` is understood by HTML 4 and XML alike; JUnit
    /// reports keep XML's named `&apos;`.
    public static func escape(_ text: String, apostrophe: String = "&#39;") -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += apostrophe
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
