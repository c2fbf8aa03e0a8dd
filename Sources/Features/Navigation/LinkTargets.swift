import Analysis
import Foundation
import Rules
import SourceText
import Syntax

/// The places of a document that lead elsewhere (`textDocument/documentLink`): every path to
/// another document (a strategy's `hypotheses:`, a framework's `documents[].path`) that names a
/// file inside the workspace, and every web address written anywhere in the text. A path that
/// leaves the workspace, or names nothing, gets no link: the reference rules report it instead.
public enum LinkTargets {
    public struct Link: Sendable, Equatable {
        public let range: TextRange
        /// A file inside the workspace, or nil for a web address.
        public let file: URL?
        /// The address as written, for a web address.
        public let webAddress: String?
    }

    public static func links(in tree: SyntaxTree, fileURL: URL?, workspace: Workspace?) -> [Link] {
        var links: [Link] = []
        if let fileURL, let workspace {
            let folder = fileURL.deletingLastPathComponent()
            for link in DocumentReferences.fileLinks(in: tree) {
                let target = Workspace.referencedURL(link.path, from: folder)
                var isFolder: ObjCBool = false
                guard workspace.contains(target), FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), !isFolder.boolValue else {
                    continue
                }
                links.append(Link(range: link.node.range, file: target, webAddress: nil))
            }
        }
        return (links + webAddresses(in: tree.source.bytes)).sorted { $0.range.start < $1.range.start }
    }

    /// `http://` and `https://` addresses, up to a space, a quote, an angle bracket or a closing
    /// bracket, without the punctuation that ends a sentence after them.
    static func webAddresses(in bytes: [UInt8]) -> [Link] {
        let schemes = [Array("https://".utf8), Array("http://".utf8)]
        let stops = Set("\"'<>`)]}".utf8).union([0x20, 0x09, 0x0A, 0x0D])
        let trailing = Set(".,;:!?".utf8)
        var links: [Link] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "h"),
                  let scheme = schemes.first(where: { index + $0.count <= bytes.count && bytes[index..<index + $0.count].elementsEqual($0) }) else {
                index += 1
                continue
            }
            var end = index + scheme.count
            while end < bytes.count, !stops.contains(bytes[end]) { end += 1 }
            while end > index + scheme.count, trailing.contains(bytes[end - 1]) { end -= 1 }
            if end > index + scheme.count {
                links.append(Link(range: TextRange(start: index, end: end), file: nil, webAddress: String(decoding: bytes[index..<end], as: UTF8.self)))
            }
            index = max(end, index + 1)
        }
        return links
    }
}
