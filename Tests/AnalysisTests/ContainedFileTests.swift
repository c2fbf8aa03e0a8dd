import Foundation
import Testing
@testable import Analysis

/// `ContainedFile`, the one way files are read: regular files inside the boundary only, checked
/// on the open descriptor, sizes refused before reading, and an identity that changes with the file.
@Suite struct ContainedFileTests {
    final class Sandbox {
        let folder: URL
        let root: URL
        let outside: URL

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("contained-\(UUID().uuidString)").resolvingSymlinksInPath()
            root = folder.appendingPathComponent("root")
            outside = folder.appendingPathComponent("outside")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        @discardableResult
        func write(_ text: String, to url: URL) throws -> URL {
            try Data(text.utf8).write(to: url)
            return url
        }

        func path(_ name: String) -> String { root.appendingPathComponent(name).path }
    }

    private func refusal(_ path: String, inside boundary: String?, maximumBytes: Int = 1 << 20) -> FileRefusal? {
        if case let .failure(refusal) = ContainedFile.read(path, inside: boundary, maximumBytes: maximumBytes) { return refusal }
        return nil
    }

    @Test func aRegularFileInsideIsReadWhole() throws {
        let sandbox = try Sandbox()
        let text = String(repeating: "line of text\n", count: 10_000)
        try sandbox.write(text, to: sandbox.root.appendingPathComponent("sub/a.yaml"))
        #expect(symlink("sub/a.yaml", sandbox.path("link.yaml")) == 0)
        for name in ["sub/a.yaml", "link.yaml", "sub/../sub/a.yaml"] {
            let bytes = try ContainedFile.read(sandbox.path(name), inside: sandbox.root.path, maximumBytes: 1 << 20).get()
            #expect(bytes == Array(text.utf8), "\(name)")
        }
    }

    @Test func everyOtherShapeIsRefusedWithItsReason() throws {
        let sandbox = try Sandbox()
        let secret = try sandbox.write("secret", to: sandbox.outside.appendingPathComponent("secret.yaml"))
        #expect(symlink(secret.path, sandbox.path("out.yaml")) == 0)
        #expect(symlink(sandbox.outside.path, sandbox.path("shared")) == 0)
        #expect(symlink("nowhere.yaml", sandbox.path("dangling.yaml")) == 0)
        #expect(symlink("loop.yaml", sandbox.path("loop.yaml")) == 0)
        #expect(symlink("/dev/zero", sandbox.path("zero.yaml")) == 0)
        #expect(mkfifo(sandbox.path("pipe.yaml"), 0o600) == 0)
        let boundary = sandbox.root.path
        #expect(refusal(sandbox.path("out.yaml"), inside: boundary) == .outside)
        #expect(refusal(sandbox.path("shared/secret.yaml"), inside: boundary) == .outside)
        #expect(refusal(sandbox.path("dangling.yaml"), inside: boundary) == .danglingLink)
        #expect(refusal(sandbox.path("loop.yaml"), inside: boundary) == .linkLoop)
        #expect(refusal(sandbox.path("zero.yaml"), inside: boundary) == .outside)
        #expect(refusal("/dev/zero", inside: nil) == .notRegularFile(what: "a device"))
        #expect(refusal(sandbox.path("pipe.yaml"), inside: boundary) == .notRegularFile(what: "a named pipe"))
        #expect(refusal(sandbox.path("sub"), inside: boundary) == .folder)
        #expect(refusal(sandbox.path("missing.yaml"), inside: boundary) == .missing)
        // Nobody opened the pipe for reading (opening its writing end without waiting needs a reader).
        let writer = open(sandbox.path("pipe.yaml"), O_WRONLY | O_NONBLOCK)
        #expect(writer < 0 && errno == ENXIO)
        if writer >= 0 { close(writer) }
        // Without a boundary (a file the user named outside any workspace) only the type matters.
        #expect(try ContainedFile.read(sandbox.path("out.yaml"), inside: nil, maximumBytes: 100).get() == Array("secret".utf8))
        // A boundary is a folder: a sibling whose name starts the same is outside it.
        #expect(!ContainedFile.isInside(sandbox.folder.path + "/root-other/a.yaml", sandbox.root.path))
        #expect(ContainedFile.isInside(sandbox.path("sub/a.yaml"), sandbox.root.path))
    }

    @Test func anOversizedFileIsRefusedFromItsSizeAlone() throws {
        let sandbox = try Sandbox()
        let url = sandbox.root.appendingPathComponent("huge.yaml")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(3 << 30)) // sparse: nothing written, and reading it would take seconds
        try handle.close()
        let started = Date()
        #expect(refusal(url.path, inside: sandbox.root.path, maximumBytes: 64 << 20) == .tooLarge(size: 3 << 30, limit: 64 << 20))
        #expect(Date().timeIntervalSince(started) < 1)
        #expect(FileRefusal.tooLarge(size: 3 << 30, limit: 64 << 20).description == "is larger than 64 MB (3072 MB)")
    }

    @Test func theIdentityChangesWithTheFile() throws {
        let sandbox = try Sandbox()
        let url = try sandbox.write("a: 1\n", to: sandbox.root.appendingPathComponent("a.yaml"))
        func identity() throws -> FileIdentity { try ContainedFile.open(url.path, inside: sandbox.root.path, maximumBytes: 100).get().identity }
        let first = try identity()
        #expect(try identity() == first)
        try sandbox.write("a: 22\n", to: url)
        #expect(try identity() != first)
        #expect(try identity().size == 6)
    }
}
