/// How text looks on a terminal: how many columns a character takes, and making document text
/// safe to print (a control character in a document must not move the cursor or change colours).
enum TerminalText {
    /// Columns a character takes in a monospaced terminal: 2 for emoji and East Asian wide
    /// characters, 0 for invisible format characters, 1 otherwise (`£`, `’`, `–`, accented letters).
    static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let value = first.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 1 } // shown as U+FFFD
        if scalars.count > 1 {
            // An emoji sequence (keycap, flag, ZWJ family, or text made emoji by U+FE0F) is one wide glyph.
            if scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D || $0.value == 0x20E3 }) { return 2 }
            if (0x1F1E6...0x1F1FF).contains(value) { return 2 }
        }
        if first.properties.isEmojiPresentation { return 2 }
        if isWide(value) { return 2 }
        switch first.properties.generalCategory {
        case .format, .nonspacingMark, .enclosingMark: return 0
        default: return 1
        }
    }

    /// The text with every control character (other than tab) replaced by U+FFFD and line breaks
    /// by a space, so that it prints on one line and cannot send terminal escape sequences.
    static func sanitized(_ text: String, keepingTabs: Bool = true) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09 where keepingTabs: result.append(scalar)
            case 0x0A, 0x0D: result.append(" ")
            case 0..<0x20, 0x7F..<0xA0: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// East Asian Wide and Fullwidth blocks (Unicode UAX #11), the ones documents may hold.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
