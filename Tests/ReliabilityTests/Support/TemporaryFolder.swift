import Foundation

/// A fresh folder under the system's temporary folder (symbolic links in its path resolved, as
/// the server resolves them), holding `workspace/` — the root the tests open — and `outside/`
/// beside it. Removed when released.
final class TemporaryFolder: @unchecked Sendable {
    let url: URL
    let workspace: URL
    let outside: URL

    init(_ name: String = #function) throws {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        url = FileManager.default.temporaryDirectory.appendingPathComponent("reliability-\(safe)-\(UUID().uuidString)").resolvingSymlinksInPath()
        workspace = url.appendingPathComponent("workspace")
        outside = url.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ text: String, to relativePath: String, in folder: URL? = nil) throws -> URL {
        try write(Array(text.utf8), to: relativePath, in: folder)
    }

    @discardableResult
    func write(_ bytes: [UInt8], to relativePath: String, in folder: URL? = nil) throws -> URL {
        let file = (folder ?? workspace).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    /// Every entry under the folder (files, links, folders) with what identifies its content and
    /// its last change: compared before and after, it shows whether anything was written.
    func inventory() throws -> [String: String] {
        var result: [String: String] = [:]
        let base = url.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return result }
        while let relative = enumerator.nextObject() as? String {
            let path = base + "/" + relative
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let type = (attributes[.type] as? FileAttributeType)?.rawValue ?? "?"
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? 0
            var description = "\(type) inode \(inode) modified \(modified)"
            if type == FileAttributeType.typeRegular.rawValue, let data = FileManager.default.contents(atPath: path) {
                description += " \(data.count) bytes \(data.hashValue)"
            }
            result[relative] = description
        }
        return result
    }
}
