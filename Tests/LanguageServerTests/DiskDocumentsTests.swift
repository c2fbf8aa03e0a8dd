import Features
import Foundation
import SourceText
import Syntax
import Testing
@testable import Analysis
@testable import LanguageServer
@testable import Rules

/// What the server reads from disk for a reference: `DiskDocuments` reads regular files inside
/// the workspace only (a link is followed only to a file inside it), keeps a parse while the
/// file's identity stays the same, and a reference through a symbolic link inside the workspace
/// is followed, shown as the path it leads to.
@Suite struct DiskDocumentsTests {
    final class Folder {
        let root: URL
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("disk-documents-\(UUID().uuidString)")
                .resolvingSymlinksInPath()
            try FileManager.default.createDirectory(at: root.appendingPathComponent("real"), withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: root) }

        @discardableResult
        func write(_ text: String, to name: String, modified seconds: TimeInterval? = nil) throws -> URL {
            let url = root.appendingPathComponent(name)
            try text.write(to: url, atomically: false, encoding: .utf8)
            if let seconds {
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: seconds)], ofItemAtPath: url.path)
            }
            return url
        }
    }

    static let hypotheses = "kind: hypothesis-set\ntitle: Real\npopulation: P\naims: [x]\nhypotheses:\n  - {id: H1, statement: S.}\n"

    @Test func onlyRegularFilesInsideTheWorkspaceAreRead() throws {
        let folder = try Folder()
        let file = try folder.write(Self.hypotheses, to: "real/h.hypotheses.yaml")
        let fileManager = FileManager.default
        let outside = fileManager.temporaryDirectory.appendingPathComponent("disk-documents-outside-\(UUID().uuidString).yaml")
        try Self.hypotheses.write(to: outside, atomically: false, encoding: .utf8)
        defer { try? fileManager.removeItem(at: outside) }
        try fileManager.createSymbolicLink(at: folder.root.appendingPathComponent("link.hypotheses.yaml"), withDestinationURL: file)
        try fileManager.createSymbolicLink(at: folder.root.appendingPathComponent("out.hypotheses.yaml"), withDestinationURL: outside)
        try fileManager.createSymbolicLink(at: folder.root.appendingPathComponent("dangling.hypotheses.yaml"),
                                           withDestinationURL: folder.root.appendingPathComponent("nowhere.yaml"))
        try fileManager.createSymbolicLink(at: folder.root.appendingPathComponent("folder-link"), withDestinationURL: folder.root.appendingPathComponent("real"))
        #expect(mkfifo(folder.root.appendingPathComponent("pipe.hypotheses.yaml").path, 0o600) == 0)
        let disk = DiskDocuments()
        let read = ["real/h.hypotheses.yaml", "link.hypotheses.yaml", "folder-link/h.hypotheses.yaml"]
        let names = read + ["out.hypotheses.yaml", "dangling.hypotheses.yaml", "folder-link", "real", "pipe.hypotheses.yaml", "missing.yaml"]
        for name in names {
            let tree = disk.tree(at: folder.root.appendingPathComponent(name), inside: folder.root.path)
            #expect((tree != nil) == read.contains(name), "\(name)")
            if let tree { #expect(tree.source.text == Self.hypotheses, "\(name)") }
        }
        // The outside file is read when the boundary holds it: only the boundary refused it.
        #expect(disk.tree(at: outside, inside: outside.deletingLastPathComponent().path) != nil)
    }

    @Test func aParseIsKeptWhileSizeAndModificationTimeStayTheSame() throws {
        let folder = try Folder()
        let url = try folder.write("title: A\n", to: "a.yaml", modified: 1_000_000)
        let disk = DiskDocuments()
        #expect(disk.tree(at: url, inside: folder.root.path)?.source.text == "title: A\n")
        // Same size, same time: the kept parse answers (the file is not read again).
        try folder.write("title: C\n", to: "a.yaml", modified: 1_000_000)
        #expect(disk.tree(at: url, inside: folder.root.path)?.source.text == "title: A\n")
        // A new time, or a new size: read again.
        try folder.write("title: C\n", to: "a.yaml", modified: 1_000_000.5)
        #expect(disk.tree(at: url, inside: folder.root.path)?.source.text == "title: C\n")
        try folder.write("title: DD\n", to: "a.yaml", modified: 1_000_000.5)
        #expect(disk.tree(at: url, inside: folder.root.path)?.source.text == "title: DD\n")
        disk.forget([url.path])
        #expect(disk.tree(at: url, inside: folder.root.path)?.source.text == "title: DD\n")
    }

    @Test func aReferenceThroughALinkInsideTheWorkspaceIsFollowedAsWithoutTheServer() throws {
        let folder = try Folder()
        let file = try folder.write(Self.hypotheses, to: "real/h.hypotheses.yaml")
        try FileManager.default.createSymbolicLink(at: folder.root.appendingPathComponent("link.hypotheses.yaml"), withDestinationURL: file)
        try FileManager.default.createSymbolicLink(at: folder.root.appendingPathComponent("folder-link"), withDestinationURL: folder.root.appendingPathComponent("real"))
        let snapshot = WorkspaceSnapshot(info: WorkspaceInfo(rootURI: nil, folders: [], initializationOptions: nil), documents: [:])
        let server = Workspace(root: folder.root, openDocuments: OpenDocumentSources(snapshot), diskParses: DiskDocuments().parses)
        let plain = Workspace(root: folder.root)
        let document = folder.root.appendingPathComponent("a.strategy.yaml")
        for reference in ["link.hypotheses.yaml", "folder-link/h.hypotheses.yaml", "real/h.hypotheses.yaml", "./real/../link.hypotheses.yaml"] {
            for workspace in [server, plain] {
                guard case .document(let path, let tree) = workspace.resolver(for: document).resolve(reference) else {
                    Issue.record("\(reference) not followed")
                    continue
                }
                #expect(path == "real/h.hypotheses.yaml", "\(reference)")
                #expect(tree.source.text == Self.hypotheses, "\(reference)")
                #expect(workspace.relativePath(of: URL(fileURLWithPath: reference, relativeTo: document.deletingLastPathComponent())) == path)
            }
        }
        // The root itself and a path above it: the public checks and the resolver agree.
        #expect(server.contains(folder.root) && server.relativePath(of: folder.root) == nil)
        #expect(!server.contains(folder.root.deletingLastPathComponent()))
        guard case .outsideWorkspace = server.resolver(for: document).resolve("../x.yaml") else {
            Issue.record("a path above the root was not refused")
            return
        }
        guard case .unreadable(let path, _) = server.resolver(for: document).resolve(".") else {
            Issue.record("the root itself is a folder and cannot be read")
            return
        }
        #expect(path == folder.root.path)
    }

    /// `linkPaths` keeps its answers by document and link, which is right only because
    /// standardising a link is lexical: the same whether the target is missing, a folder, a file
    /// or a symbolic link. Each answer is compared with the expression worked out afresh.
    @Test func linkPathsAreTheSameWhateverTheTargetsAreOnDisk() throws {
        let folder = try Folder()
        let service = CommissioningLanguageService()
        let links = ["x", "x/..", "x/../y.yaml", "./x/", "x//.", "../\(folder.root.lastPathComponent)/x", "/abs/./z.yaml", "a b/ü.yaml"]
        let text = "kind: commissioning-framework\ntitle: T\npopulation: P\ndocuments:\n"
            + links.map { "  - {title: L, relates-to: R., path: \"\($0)\"}\n" }.joined()
        let tree = Parser.parse(SourceFile(name: "a.framework.yaml", text: text))
        let documentURL = folder.root.appendingPathComponent("a.framework.yaml")
        let fresh = Set(DocumentReferences.fileLinks(in: tree).map {
            URL(fileURLWithPath: $0.path, relativeTo: documentURL.deletingLastPathComponent()).standardizedFileURL.path
        })
        #expect(fresh.count == 5 && fresh.contains(folder.root.appendingPathComponent("y.yaml").path), "\(fresh)")
        let x = folder.root.appendingPathComponent("x")
        #expect(service.linkPaths(of: tree, at: documentURL) == fresh)
        try FileManager.default.createDirectory(at: x, withIntermediateDirectories: true)
        #expect(service.linkPaths(of: tree, at: documentURL) == fresh)
        try FileManager.default.removeItem(at: x)
        try folder.write("title: X\n", to: "x")
        #expect(service.linkPaths(of: tree, at: documentURL) == fresh)
        try FileManager.default.removeItem(at: x)
        try FileManager.default.createSymbolicLink(at: x, withDestinationURL: folder.root.appendingPathComponent("real"))
        #expect(service.linkPaths(of: tree, at: documentURL) == fresh)
        // Worked out afresh with the link in place, the expression still gives the same paths.
        #expect(Set(DocumentReferences.fileLinks(in: tree).map {
            URL(fileURLWithPath: $0.path, relativeTo: documentURL.deletingLastPathComponent()).standardizedFileURL.path
        }) == fresh)
        #expect(service.linkPaths(of: tree, at: nil).isEmpty)
    }
}
