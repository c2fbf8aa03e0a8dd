import Foundation

/// `CommandHelp` as the terminal shows it (`--help`) and as `man` reads it (roff).
extension CommandHelp {
    static let tagline = "checks public-care commissioning documents, in your editor and in CI"

    /// The top-level usage: every command's synopsis and summary.
    static var usage: String {
        let lines = all.map { ("commissioning-ls \($0.synopsis)", $0.summary) } + [("commissioning-ls --version | --help", "")]
        return "commissioning-ls — \(tagline).\n\nUsage:\n" + columns(lines) + "\nRun 'commissioning-ls COMMAND --help' for a command's options, 'commissioning-ls man' for the manual.\n\n"
    }

    /// The summary as a sentence, to open the command's help and its part of the manual.
    var summarySentence: String { summary.prefix(1).uppercased() + summary.dropFirst() + "." }

    /// `COMMAND --help`.
    var helpText: String {
        var text = "Usage: commissioning-ls \(synopsis)\n\n"
        for paragraph in [summarySentence] + description {
            text += Self.wrap(paragraph, indent: "") + "\n"
        }
        if !options.isEmpty {
            text += "Options:\n" + Self.columns(options.map { ($0.usage, $0.text) })
        }
        for note in notes { text += "\n" + Self.wrap(note, indent: "") }
        if let exitStatus { text += "\n" + Self.wrap("Exit status: \(exitStatus)", indent: "") }
        return text + "\n"
    }

    /// Two columns, the second wrapped at 100 characters and aligned under itself.
    private static func columns(_ rows: [(String, String)]) -> String {
        let width = min(rows.map(\.0.count).max() ?? 0, 44) + 3
        return rows.map { left, right in
            let head = "  " + left
            guard !right.isEmpty else { return head + "\n" }
            let pad = head.count + 1 < width + 2 ? String(repeating: " ", count: width + 2 - head.count) : "\n" + String(repeating: " ", count: width + 2)
            let wrapped = wrap(right, indent: String(repeating: " ", count: width + 2), width: 100 - width - 2)
            return head + pad + wrapped.drop { $0 == " " }
        }.joined()
    }

    /// `text` wrapped at `width` columns after `indent`, each line ending in a line break.
    private static func wrap(_ text: String, indent: String, width: Int = 96) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { indent + $0 + "\n" }.joined()
    }
}

/// commissioning-ls(1), in the man(7) macros.
enum ManPage {
    static func roff(version: String) -> String {
        var page = """
            .TH COMMISSIONING-LS 1 "" "commissioning-ls \(escape(version))" "User Commands"
            .SH NAME
            commissioning-ls \\- \(escape(CommandHelp.tagline))
            .SH SYNOPSIS

            """
        for command in CommandHelp.all {
            page += ".B commissioning-ls\n\(escape(command.synopsis))\n.br\n"
        }
        page += """
            .SH DESCRIPTION
            A language server and command-line tool for the planning documents of public-care commissioning \\(em commissioning frameworks, commissioning strategies, market position statements and hypothesis sets \\(em written as structured, YAML-like text. It checks what a document says against the sources it rests on, completes and explains the sector's vocabulary, formats, and renders documents as accessible web pages to publish.
            .SH COMMANDS

            """
        for command in CommandHelp.all {
            page += ".SS \(escape(command.name))\n.B commissioning-ls\n\(escape(command.synopsis))\n.PP\n\(escape(command.summarySentence))\n"
            for paragraph in command.description { page += ".PP\n\(escape(paragraph))\n" }
            for option in command.options { page += ".TP\n.B \(escape(option.usage))\n\(escape(option.text))\n" }
            for note in command.notes { page += ".PP\n\(escape(note))\n" }
            if let exitStatus = command.exitStatus { page += ".PP\nExit status: \(escape(exitStatus))\n" }
        }
        page += """
            .SH EXIT STATUS
            .TP
            .B 0
            Success: nothing at the failing severity was found.
            .TP
            .B 1
            Findings: an error was shown (lint), a file would change (fmt \\-\\-check, \\-\\-diff), a document has errors (render \\-\\-strict, dump).
            .TP
            .B 2
            A usage error, or a path that cannot be read or written; the other files are still checked.
            .SH FILES
            .TP
            .I .commissioning.yaml
            The workspace's configuration (rule severities, ignored paths, local vocabulary); its folder is the workspace root. Nothing outside the root is read.
            .TP
            .I .commissioning-render/
            Where the editor's commissioning.render command writes a document's page.
            .TP
            .I site/
            Where render writes by default.
            .SH ENVIRONMENT
            .TP
            .B NO_COLOR
            When set and not empty, lint's text output has no colour (it has none unless standard output is a terminal).
            .SH SEE ALSO
            .BR man (1),
            the README of commissioning-ls for the rules, editor set-up and publishing.

            """
        return page
    }

    /// Text safe in roff: backslashes and hyphens escaped, no line starting with a control character.
    static func escape(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }
}
