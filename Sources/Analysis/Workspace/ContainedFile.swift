#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What identifies a file's contents without reading them, from `fstat` of its open descriptor:
/// while all five stay the same, a parse of the file made earlier is still its parse.
public struct FileIdentity: Hashable, Sendable {
    public let device: UInt64
    public let inode: UInt64
    public let size: Int
    public let modifiedSeconds: Int
    public let modifiedNanoseconds: Int
}

/// Why a file was not read. `description` completes "<path> …" ("is a folder").
public enum FileRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    case missing
    /// A symbolic link whose target does not exist.
    case danglingLink
    /// Symbolic links that lead round in a loop (or too many of them).
    case linkLoop
    case folder
    /// A named pipe, a device or a socket: reading one may never end.
    case notRegularFile(what: String)
    /// Its real place (symbolic links followed) is outside the folder it must lie in.
    case outside
    case tooLarge(size: Int, limit: Int)
    case permissionDenied
    case unreadable(String)

    public var description: String {
        switch self {
        case .missing: "does not exist"
        case .danglingLink: "is a symbolic link to a file that does not exist"
        case .linkLoop: "is a symbolic link that leads round in a loop"
        case .folder: "is a folder"
        case let .notRegularFile(what): "is not a regular file (it is \(what))"
        case .outside: "leads outside the workspace (a symbolic link to a place outside it); it was not read"
        case let .tooLarge(size, limit): "is larger than \(limit >> 20) MB (\(size >> 20) MB)"
        case .permissionDenied: "cannot be read: permission denied"
        case let .unreadable(reason): "cannot be read: \(reason)"
        }
    }

    /// The same as a reason after "cannot be read: " ("it is a folder", "permission denied").
    public var reason: String {
        switch self {
        case .permissionDenied: "permission denied"
        case let .unreadable(reason): reason
        default: "it \(description)"
        }
    }
}

/// A file opened once, by descriptor, and known to be a regular file inside `boundary`: every
/// check is made on the open descriptor and the bytes are read from that same descriptor, so a
/// link switched between the check and the read cannot make it read another file. This is the
/// only way documents, referenced documents and configurations are read from disk.
public final class ContainedFile {
    public let identity: FileIdentity
    /// The file's real path, as the open descriptor gives it.
    public let realPath: String
    private let descriptor: Int32

    private init(descriptor: Int32, identity: FileIdentity, realPath: String) {
        self.descriptor = descriptor
        self.identity = identity
        self.realPath = realPath
    }

    deinit { close(descriptor) }

    /// Opens `path` for reading if it is a regular file of at most `maximumBytes` whose real
    /// place lies inside `boundary` (a real path: symbolic links resolved, see `realPath(of:)`);
    /// nil `boundary` checks only the type and size (a file the user named outside any workspace).
    /// Nothing is read; a link out of `boundary`, a named pipe or a device is not even opened
    /// (unless switched in between these checks and the open, when the descriptor's own checks
    /// refuse it before a byte is read).
    public static func open(_ path: String, inside boundary: String?, maximumBytes: Int) -> Result<ContainedFile, FileRefusal> {
        if let boundary, let resolved = realPath(of: path), !isInside(resolved, boundary) { return .failure(.outside) }
        var before = stat()
        guard stat(path, &before) == 0 else { return .failure(refusal(errno, path: path)) }
        if let refusal = typeRefusal(before.st_mode) { return .failure(refusal) }
        // O_NONBLOCK: should the file become a named pipe after the `stat`, opening it does not wait.
        let descriptor = openForReading(path)
        guard descriptor >= 0 else { return .failure(refusal(errno, path: path)) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let error = errno
            close(descriptor)
            return .failure(refusal(error, path: path))
        }
        let identity = FileIdentity(status)
        let checked: FileRefusal? = typeRefusal(status.st_mode)
            ?? (identity.size > maximumBytes ? .tooLarge(size: identity.size, limit: maximumBytes) : nil)
        if let checked {
            close(descriptor)
            return .failure(checked)
        }
        guard let real = descriptorPath(descriptor, openedAs: path, identity: identity),
              boundary.map({ isInside(real, $0) }) ?? true else {
            close(descriptor)
            return .failure(.outside)
        }
        return .success(ContainedFile(descriptor: descriptor, identity: identity, realPath: real))
    }

    /// `open` then `readAll`.
    public static func read(_ path: String, inside boundary: String?, maximumBytes: Int) -> Result<[UInt8], FileRefusal> {
        open(path, inside: boundary, maximumBytes: maximumBytes).flatMap { $0.readAll(maximumBytes: maximumBytes) }
    }

    /// The whole file, read from the open descriptor; refused if it has grown past `maximumBytes`
    /// since it was opened.
    public func readAll(maximumBytes: Int) -> Result<[UInt8], FileRefusal> {
        var bytes = [UInt8](repeating: 0, count: min(identity.size, maximumBytes) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= maximumBytes else { return .failure(.tooLarge(size: count, limit: maximumBytes)) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), maximumBytes + 1 - count)))
            }
            let read = bytes.withUnsafeMutableBytes { buffer in
                readBytes(descriptor, into: buffer.baseAddress! + count, count: buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if read == 0 { break }
            count += read
        }
        guard count <= maximumBytes else { return .failure(.tooLarge(size: count, limit: maximumBytes)) }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// `path` with every symbolic link resolved (`realpath(3)`), or nil when it does not exist.
    /// Boundaries are given this way, as the descriptor's own path is.
    public static func realPath(of path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True when the real path `path` is `folder` or below it.
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        if path == folder { return true }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix)
    }

    private static func typeRefusal(_ mode: mode_t) -> FileRefusal? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .folder
        case S_IFIFO: .notRegularFile(what: "a named pipe")
        case S_IFCHR, S_IFBLK: .notRegularFile(what: "a device")
        case S_IFSOCK: .notRegularFile(what: "a socket")
        default: .notRegularFile(what: "not a file")
        }
    }

    private static func refusal(_ error: Int32, path: String) -> FileRefusal {
        switch error {
        case ENOENT, ENOTDIR:
            var link = stat()
            return lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK ? .danglingLink : .missing
        case ELOOP: return .linkLoop
        case EACCES, EPERM: return .permissionDenied
        case EISDIR: return .folder
        default: return .unreadable(String(cString: strerror(error)))
        }
    }

    /// Where the open descriptor's file really is: the kernel's own answer (`/proc/self/fd`),
    /// which no later change to the path can alter; where there is none, the path resolved and
    /// accepted only if it is still the very file opened (same device and inode).
    private static func descriptorPath(_ descriptor: Int32, openedAs path: String, identity: FileIdentity) -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
        if length > 0 {
            let real = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if real.hasPrefix("/") { return real }
        }
        #endif
        guard let real = realPath(of: path) else { return nil }
        var status = stat()
        guard stat(real, &status) == 0, UInt64(status.st_dev) == identity.device, UInt64(status.st_ino) == identity.inode else { return nil }
        return real
    }
}

extension FileIdentity {
    init(_ status: stat) {
        #if canImport(Darwin)
        let time = status.st_mtimespec
        #else
        let time = status.st_mtim
        #endif
        self.init(device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int(status.st_size),
                  modifiedSeconds: Int(time.tv_sec), modifiedNanoseconds: Int(time.tv_nsec))
    }
}

// Free functions, so that the C calls are not taken for `ContainedFile`'s own `open` and `read`.
private func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
}

private func readBytes(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
    read(descriptor, buffer, count)
}
