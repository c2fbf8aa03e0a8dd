/// Schemas use ECMA-262 regular expressions; NSRegularExpression reads ICU's. The two agree on the
/// subset schemas use, except for the shorthand classes, which are Unicode-wide in ICU and ASCII in
/// ECMA-262 (`\d` must not match `٣`). Those are rewritten; everything else passes through.
enum ECMARegex {
    static func translate(_ pattern: String) -> String {
        guard pattern.utf8.contains(UInt8(ascii: "\\")) else { return pattern }
        var result = ""
        var inClass = false
        var iterator = pattern.makeIterator()
        while let character = iterator.next() {
            if character == "\\" {
                guard let escaped = iterator.next() else { result.append("\\"); break }
                switch escaped {
                case "d": result += inClass ? "0-9" : "[0-9]"
                case "D": result += inClass ? "\\D" : "[^0-9]"
                case "w": result += inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]"
                case "W": result += inClass ? "\\W" : "[^a-zA-Z0-9_]"
                default: result.append("\\"); result.append(escaped)
                }
                continue
            }
            if character == "[" && !inClass { inClass = true } else if character == "]" && inClass { inClass = false }
            result.append(character)
        }
        return result
    }
}
