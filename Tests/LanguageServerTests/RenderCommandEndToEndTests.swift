import Foundation
import JSONRPC
import JSONSupport
import LanguageServerProtocol
import TestSupport
import Testing

/// `workspace/executeCommand` `commissioning.render` against the built server over pipes: the
/// page of the open buffer (not the file on disk), written in the workspace's ignored folder.
@Suite("commissioning.render in the editor")
struct RenderCommandEndToEndTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Schemas/examples/older-people.hypotheses.yaml")

    @Test("The command is advertised, renders the open buffer, and answers the page's file:// URI")
    func rendersTheOpenBuffer() throws {
        let onDisk = try String(contentsOf: Self.example, encoding: .utf8)
        let session = try FeaturesSession(files: ["plans/older-people.hypotheses.yaml": onDisk])
        // The buffer's title differs from the disk's, with characters HTML must escape.
        let edited = try #require(onDisk.range(of: #"(?m)^title: .*$"#, options: .regularExpression))
        let buffer = onDisk.replacingCharacters(in: edited, with: "title: Falls & fractures <draft> — hypotheses")
        try session.open("plans/older-people.hypotheses.yaml", buffer)

        let answer = try session.client.request("workspace/executeCommand", [
            "command": "commissioning.render", "arguments": [.string(session.uri("plans/older-people.hypotheses.yaml"))],
        ])
        let uri = try #require(answer.stringValue, "the answer is the page's URI: \(answer)")
        let page = try #require(URL(string: uri))
        #expect(page.isFileURL)
        let folder = session.folder.appendingPathComponent(".commissioning-render").resolvingSymlinksInPath().path
        #expect(page.deletingLastPathComponent().resolvingSymlinksInPath().path == folder, "\(page.path) is in \(folder)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("Falls &amp; fractures &lt;draft&gt; — hypotheses"))
        #expect(!html.contains("<draft>"))
        #expect(!html.contains("Older people with chronic health problems — hypotheses"), "the page is of the buffer, not the disk")
        let ignore = try String(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignore.split(separator: "\n").contains("*"))
    }

    @Test("Each example's page stands alone: no script, no stylesheet link, nothing fetched; every link within the page")
    func thePageStandsAlone() throws {
        let examples = Self.example.deletingLastPathComponent()
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count >= 5)
        // All of them beside each other, so that a site render would link one page to another.
        var files: [String: String] = [:]
        for name in names { files["plans/" + name] = try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8) }
        let session = try FeaturesSession(files: files)
        for name in names {
            var buffer = try #require(files["plans/" + name])
            if name == "older-people.hypotheses.yaml" {
                // A title that looks like markup and style pointing elsewhere (the page's running
                // title puts it in the style sheet, in a CSS string) is only ever text.
                let title = try #require(buffer.range(of: #"(?m)^title: .*$"#, options: .regularExpression))
                buffer.replaceSubrange(title, with: #"title: '<script src="https://example.org/x.js"></script> "}body{background:url(https://example.org/a.png)} <a href="https://example.org">'"#)
            }
            try session.open("plans/" + name, buffer)
            let answer = try session.client.request("workspace/executeCommand", [
                "command": "commissioning.render", "arguments": [.string(session.uri("plans/" + name))],
            ])
            let page = try #require(answer.stringValue.flatMap(URL.init(string:)), "\(name): \(answer)")
            let html = try String(contentsOf: page, encoding: .utf8)
            for problem in Self.outsideReferences(in: html) { Issue.record("\(name): \(problem)") }
            if name == "older-people.hypotheses.yaml" {
                #expect(html.contains("<h1>&lt;script src=&quot;https://example.org/x.js&quot;&gt;"), "the title is on the page, as text")
            }
        }
    }

    /// What in `html` would reach beyond the page: a script, a stylesheet or other linked
    /// resource, an embedded frame or object, a link or source not starting with '#' (or a data:
    /// URI), and a url(…) or @import in a style sheet or style attribute not to '#' or data:.
    static func outsideReferences(in html: String) -> [String] {
        var problems: [String] = []
        func withinThePage(_ value: String) -> Bool {
            let value = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return value.hasPrefix("#") || value.lowercased().hasPrefix("data:")
        }
        func styles(_ css: String, _ place: String) {
            // Token by token, left to right: a url(…), an @import, or a comment or string, which
            // is skipped whole (`content:"url(x)"` is text, not a fetch).
            let tokens = try! NSRegularExpression(
                pattern: #"url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)|(@import)|/\*.*?\*/|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'"#,
                options: [.caseInsensitive, .dotMatchesLineSeparators])
            for match in tokens.matches(in: css, range: NSRange(css.startIndex..., in: css)) {
                if match.range(at: 4).location != NSNotFound { problems.append("@import in \(place)"); continue }
                guard match.range.length >= 4, css[Range(match.range, in: css)!].lowercased().hasPrefix("url(") else { continue }
                let value = (1...3).compactMap { Range(match.range(at: $0), in: css).map { String(css[$0]) } }.first ?? ""
                if !withinThePage(value) { problems.append("url(\(value)) in \(place)") }
            }
        }
        // Text and attribute values are escaped ('<' as &lt;), so every '<' starts real markup.
        let tags = try! NSRegularExpression(pattern: #"<([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>"#)
        let attributes = try! NSRegularExpression(pattern: #"([A-Za-z_:][A-Za-z0-9_:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#)
        var tagCount = 0
        for tag in tags.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            tagCount += 1
            let name = String(html[Range(tag.range(at: 1), in: html)!]).lowercased()
            let rest = String(html[Range(tag.range(at: 2), in: html)!])
            if ["script", "iframe", "frame", "object", "embed", "base"].contains(name) { problems.append("a <\(name)> element") }
            var values: [String: String] = [:]
            for attribute in attributes.matches(in: rest, range: NSRange(rest.startIndex..., in: rest)) {
                let key = String(rest[Range(attribute.range(at: 1), in: rest)!]).lowercased()
                values[key] = (2...4).compactMap { Range(attribute.range(at: $0), in: rest).map { String(rest[$0]) } }.first ?? ""
            }
            if name == "link" { problems.append("a <link rel=\(values["rel"] ?? "")> to \(values["href"] ?? "")") }
            if name == "meta", values["http-equiv"]?.lowercased() == "refresh" { problems.append("a <meta http-equiv=refresh>") }
            for key in ["href", "xlink:href", "src", "srcset", "action", "formaction", "poster", "data", "background", "ping"] {
                if let value = values[key], !withinThePage(value) { problems.append("<\(name) \(key)=\"\(value)\">") }
            }
            if let style = values["style"] { styles(style.replacingOccurrences(of: "&quot;", with: "\""), "<\(name) style>") }
        }
        if tagCount < 20 { problems.append("only \(tagCount) tags: not a page") }
        let sheets = try! NSRegularExpression(pattern: #"<style\b[^>]*>(.*?)</style>"#, options: [.dotMatchesLineSeparators, .caseInsensitive])
        let sheetMatches = sheets.matches(in: html, range: NSRange(html.startIndex..., in: html))
        if sheetMatches.isEmpty { problems.append("no <style>: the page's style is not inside it") }
        for sheet in sheetMatches { styles(String(html[Range(sheet.range(at: 1), in: html)!]), "<style>") }
        return problems
    }

    @Test("The stand-alone check finds what reaches outside a page")
    func theStandAloneCheckFindsOutsideReferences() {
        let page = "<!doctype html><html><head><style>a{color:red}</style>" + String(repeating: "<p>x</p>", count: 20)
        #expect(Self.outsideReferences(in: page + "<a href=\"#top\">top</a><img src=\"data:image/png;base64,AA\" alt=\"\">").isEmpty)
        #expect(Self.outsideReferences(in: page + "<a href=\"index.html\">all</a>") == [#"<a href="index.html">"#])
        #expect(Self.outsideReferences(in: page + "<script>1</script>") == ["a <script> element"])
        #expect(Self.outsideReferences(in: page + "<link rel=stylesheet href=x.css>") == ["a <link rel=stylesheet> to x.css", "<link href=\"x.css\">"])
        #expect(Self.outsideReferences(in: page + "<div style='background:url(x.png)'></div>") == ["url(x.png) in <div style>"])
        #expect(Self.outsideReferences(in: page.replacingOccurrences(of: "a{color:red}", with: "a{background:url('#g')}b{background:url(\"https://e.org/b.png\")}"))
            == ["url(https://e.org/b.png) in <style>"])
        #expect(Self.outsideReferences(in: page.replacingOccurrences(of: "a{color:red}", with: #"a{content:"url(x.png) \22 @import"}"#)).isEmpty)
        #expect(Self.outsideReferences(in: page.replacingOccurrences(of: "a{color:red}", with: #"a{content:"a"}@import "x.css";"#))
            == ["@import in <style>"])
    }

    @Test("A document outside the workspace is refused, and nothing is written")
    func refusesOutsideTheWorkspace() throws {
        let session = try FeaturesSession(files: ["inside.hypotheses.yaml": try String(contentsOf: Self.example, encoding: .utf8)])
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("render-outside-\(UUID().uuidString).hypotheses.yaml")
        defer { try? FileManager.default.removeItem(at: outside) }
        session.client.open(outside.absoluteString, try String(contentsOf: Self.example, encoding: .utf8), version: 1)
        let id = session.client.sendRequest("workspace/executeCommand", ["command": "commissioning.render", "arguments": [.string(outside.absoluteString)]])
        guard case let .errorResponse(_, error) = try session.client.response(to: id) else {
            Issue.record("a document outside the workspace was rendered")
            return
        }
        #expect(error.message.contains("outside the workspace"), "\(error.message)")
        #expect(!FileManager.default.fileExists(atPath: session.folder.appendingPathComponent(".commissioning-render").path))
    }

    @Test("A link at .commissioning-render leading outside the workspace is refused, and nothing is written through it")
    func refusesAFolderLinkedOutside() throws {
        let session = try FeaturesSession(files: ["inside.hypotheses.yaml": try String(contentsOf: Self.example, encoding: .utf8)])
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("render-elsewhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try FileManager.default.createSymbolicLink(at: session.folder.appendingPathComponent(".commissioning-render"), withDestinationURL: elsewhere)
        try session.open("inside.hypotheses.yaml")
        let id = session.client.sendRequest("workspace/executeCommand", ["command": "commissioning.render", "arguments": [.string(session.uri("inside.hypotheses.yaml"))]])
        guard case let .errorResponse(_, error) = try session.client.response(to: id) else {
            Issue.record("the page was written through a link leading outside the workspace")
            return
        }
        #expect(error.message.contains("leads outside"), "\(error.message)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test("A link planted at the page's name is replaced by the page, not written through")
    func replacesALinkAtThePageName() throws {
        let session = try FeaturesSession(files: ["inside.hypotheses.yaml": try String(contentsOf: Self.example, encoding: .utf8)])
        let victim = FileManager.default.temporaryDirectory.appendingPathComponent("render-victim-\(UUID().uuidString)")
        try Data("keep me\n".utf8).write(to: victim)
        defer { try? FileManager.default.removeItem(at: victim) }
        let folder = session.folder.appendingPathComponent(".commissioning-render")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("inside.hypotheses.html"), withDestinationURL: victim)
        try session.open("inside.hypotheses.yaml")
        let answer = try session.client.request("workspace/executeCommand", [
            "command": "commissioning.render", "arguments": [.string(session.uri("inside.hypotheses.yaml"))],
        ])
        let page = try #require(answer.stringValue.flatMap(URL.init(string:)))
        #expect(page.lastPathComponent == "inside.hypotheses.html")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me\n")
        let type = try FileManager.default.attributesOfItem(atPath: page.path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
    }

    @Test("With no workspace, the page goes to the system temporary folder")
    func noWorkspaceWritesToTheTemporaryFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-loose-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("loose-\(UUID().uuidString).hypotheses.yaml")
        let client = try startServer()
        _ = try client.request("initialize", ["processId": nil, "rootUri": nil, "capabilities": [:]])
        client.notify("initialized", [:])
        client.open(file.absoluteString, try String(contentsOf: Self.example, encoding: .utf8))
        let answer = try client.request("workspace/executeCommand", ["command": "commissioning.render", "arguments": [.string(file.absoluteString)]])
        let page = try #require(answer.stringValue.flatMap(URL.init(string:)), "\(answer)")
        defer { try? FileManager.default.removeItem(at: page) }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("commissioning-render").resolvingSymlinksInPath().path
        #expect(page.deletingLastPathComponent().resolvingSymlinksInPath().path == temporary)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Older people with chronic health problems — hypotheses"))
        client.closeInput()
        _ = try client.waitForExit()
    }

    @Test("The initialize answer advertises commissioning.render (beside the code lenses' commissioning.showCitations)")
    func advertised() throws {
        let client = try startServer()
        let result = try client.request("initialize", ["processId": nil, "rootUri": nil, "capabilities": [:]])
        #expect(result["capabilities"]?["executeCommandProvider"]?["commands"] == ["commissioning.render", "commissioning.showCitations"])
        client.closeInput()
        _ = try client.waitForExit()
    }
}
