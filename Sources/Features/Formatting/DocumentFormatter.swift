import JSONSupport
import SourceText
import Syntax

/// The layout of a document made regular, its data never changed: trailing spaces removed and one
/// final line break; one space after a key's `:` and a list item's `-`; flow mappings written
/// `{a: 1, b: 2}`; indentation in steps of two. Comments and block text (`|`, `>`) are kept.
///
/// Each step is checked by parsing: a step whose result reads as other data than before, or
/// with syntax errors, is not taken (the text stays as the previous step left it). A document
/// with syntax errors is not formatted at all: where its data begins and ends is not known.
public enum DocumentFormatter {
    public enum Outcome: Equatable, Sendable {
        case formatted([UInt8])
        /// Not formatted, and why.
        case refused(String)
    }

    public static func format(_ bytes: [UInt8], name: String = "<document>") -> Outcome {
        let original = Parser.parse(SourceFile(name: name, bytes: bytes))
        guard original.diagnostics.allSatisfy({ $0.severity != .error }) else {
            return .refused("has syntax errors; correct them first ('commissioning-ls lint' shows them)")
        }
        let data = original.toJSON()
        var text = bytes
        for step in steps {
            let candidate = step(text)
            guard candidate != text else { continue }
            let parsed = Parser.parse(SourceFile(name: name, bytes: candidate))
            if parsed.diagnostics.allSatisfy({ $0.severity != .error }), parsed.toJSON() == data { text = candidate }
        }
        return .formatted(text)
    }

    private static let steps: [@Sendable ([UInt8]) -> [UInt8]] = [
        { lines($0, transform: trimmedTrailingSpace) },
        { lines($0, transform: spacedIndicators) },
        { lines($0, transform: spacedFlowMapping) },
        reindented,
    ]

    // MARK: Lines

    /// A line without its line break, with whether it lies inside block text.
    struct Line {
        var text: String
        var inBlockText: Bool
    }

    /// Splits into lines (a final line break, `\n` or `\r\n`, is restored once at the end),
    /// marking the lines of block text, transforms the others, joins.
    static func lines(_ bytes: [UInt8], transform: (String) -> String) -> [UInt8] {
        let (split, lineBreak) = splitLines(bytes)
        let joined = split.map { $0.inBlockText ? $0.text : transform($0.text) }
        return join(joined, lineBreak: lineBreak)
    }

    static func splitLines(_ bytes: [UInt8]) -> ([Line], String) {
        // By bytes: as a `String`, `\r\n` is one character and would not split at `\n`.
        let lineBreak = bytes.contains(0x0D) ? "\r\n" : "\n"
        var raw = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line[...], as: UTF8.self)
        }
        while raw.count > 1, raw.last?.trimmingSpaces.isEmpty == true { raw.removeLast() }
        var result: [Line] = []
        var blockParent: Int? // indentation of the line that opened block text
        for line in raw {
            let indent = indentation(of: line)
            let blank = line.trimmingSpaces.isEmpty
            if let parent = blockParent, blank || indent > parent {
                result.append(Line(text: line, inBlockText: true))
                continue
            }
            blockParent = opensBlockText(line) ? indent : nil
            result.append(Line(text: line, inBlockText: false))
        }
        // Blank lines that end block text belong to the text only when the writer kept them
        // (`|+`); the data check guards the rest.
        return (result, lineBreak)
    }

    static func join(_ lines: [String], lineBreak: String) -> [UInt8] {
        Array((lines.joined(separator: lineBreak) + lineBreak).utf8)
    }

    static func indentation(of line: String) -> Int { line.prefix { $0 == " " }.count }

    /// `key: |`, `- >-`, `key: |2 # note`: the line's value is a block scalar header.
    static func opensBlockText(_ line: String) -> Bool {
        var content = Substring(line)
        if let comment = content.range(of: " #") { content = content[..<comment.lowerBound] }
        let trimmed = content.trimmingSpaces
        guard let last = trimmed.split(separator: " ").last else { return false }
        guard let first = last.first, first == "|" || first == ">" else { return false }
        return last.dropFirst().allSatisfy { "+-123456789".contains($0) }
            && (trimmed == String(last) || trimmed.dropLast(last.count).trimmingSpaces.hasSuffix(":") || trimmed.dropLast(last.count).trimmingSpaces.hasSuffix("-"))
    }

    // MARK: Steps

    static func trimmedTrailingSpace(_ line: String) -> String {
        var line = line
        while line.last == " " || line.last == "\t" { line.removeLast() }
        return line
    }

    /// `key:   value` → `key: value`; `-   item` → `- item` (a text item). Only outside quotes and comments,
    /// for the first indicator of the line (what follows is a value).
    static func spacedIndicators(_ line: String) -> String {
        let indent = String(repeating: " ", count: indentation(of: line))
        var rest = Substring(line.dropFirst(indent.count))
        if rest.hasPrefix("#") { return line }
        var out = indent
        // An item that is a mapping keeps its spacing: its first key's column is that of the
        // keys on the lines below it.
        let isMappingItem = rest.contains(": ") || rest.hasSuffix(":")
        while !isMappingItem, rest.hasPrefix("- ") || rest == "-" {
            out += rest == "-" ? "-" : "- "
            rest = rest.dropFirst(min(2, rest.count))
            while rest.first == " " { rest = rest.dropFirst() }
        }
        // The key: plain text up to the first `: ` (no quotes before it).
        if let colon = rest.range(of: ": "), !rest[..<colon.lowerBound].contains(where: { "\"'{[#".contains($0) }) {
            var value = rest[colon.upperBound...]
            while value.first == " " { value = value.dropFirst() }
            out += rest[..<colon.lowerBound] + ":" + (value.isEmpty ? "" : " " + value)
            return out
        }
        return out + rest
    }

    /// `{ a: 1 ,b: 2 }` → `{a: 1, b: 2}`, for a one-line flow mapping value without quotes or
    /// nested collections.
    static func spacedFlowMapping(_ line: String) -> String {
        guard let open = line.firstIndex(of: "{"), let close = line.lastIndex(of: "}"), open < close else { return line }
        let inside = line[line.index(after: open)..<close]
        guard !inside.contains(where: { "{}[]\"'#".contains($0) }), line[..<open].filter({ $0 == "'" || $0 == "\"" }).isEmpty,
              line[line.index(after: close)...].trimmingSpaces.isEmpty else { return line }
        let entries = inside.split(separator: ",", omittingEmptySubsequences: false).map { entry -> String in
            let trimmed = entry.trimmingSpaces
            guard let colon = trimmed.range(of: ":") else { return trimmed }
            let key = trimmed[..<colon.lowerBound].trimmingSpaces
            let value = trimmed[colon.upperBound...].trimmingSpaces
            return value.isEmpty ? key + ":" : key + ": " + value
        }
        return line[..<open] + "{" + entries.joined(separator: ", ") + "}"
    }

    /// Indentation in steps of two, by nesting: each deeper indentation than the one before opens
    /// a level. Block text moves with the line that opened it; a comment line takes the
    /// indentation of the line after it.
    static func reindented(_ bytes: [UInt8]) -> [UInt8] {
        let (lines, lineBreak) = splitLines(bytes)
        var stack: [Int] = [] // original indentations of the open levels
        var newIndent: [Int?] = Array(repeating: nil, count: lines.count)
        var shift = 0
        for (index, line) in lines.enumerated() {
            let text = line.text
            if line.inBlockText {
                newIndent[index] = text.trimmingSpaces.isEmpty ? nil : max(0, indentation(of: text) + shift)
                continue
            }
            let trimmed = text.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let indent = indentation(of: text)
            while let top = stack.last, top > indent { stack.removeLast() }
            if stack.last != indent { stack.append(indent) }
            let target = 2 * (stack.count - 1)
            shift = target - indent
            newIndent[index] = target
        }
        // Comments: like the next content line.
        var next: Int? = 0
        for index in lines.indices.reversed() {
            let trimmed = lines[index].text.trimmingSpaces
            if lines[index].inBlockText || trimmed.isEmpty { continue }
            if trimmed.hasPrefix("#") { newIndent[index] = next ?? indentation(of: lines[index].text) } else { next = newIndent[index] }
        }
        let result = lines.enumerated().map { index, line -> String in
            guard let target = newIndent[index] else { return line.inBlockText ? line.text : line.text.trimmingSpaces.isEmpty ? "" : line.text }
            return String(repeating: " ", count: target) + line.text.drop { $0 == " " }
        }
        return join(result, lineBreak: lineBreak)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first == " " || slice.first == "\t" { slice = slice.dropFirst() }
        while slice.last == " " || slice.last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
