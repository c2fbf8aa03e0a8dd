import Analysis
import Features
import Foundation
import JSONRPC
import JSONSupport

/// `workspace/executeCommand` `commissioning.render`: the open buffer's page (as `render` draws
/// it, through `Features/Rendering`) written where nothing else lives — the workspace's
/// `.commissioning-render/` folder, which ignores itself in git, or the system temporary folder
/// when the editor opened no workspace — and its `file://` URI, for the editor to open.
extension CommissioningLanguageService {
    static let renderCommand = "commissioning.render"
    static let renderFolderName = ".commissioning-render"

    public var commands: [String] { [Self.renderCommand, Self.showCitationsCommand] }

    public func executeCommand(_ command: String, arguments: [JSONValue], in workspace: WorkspaceSnapshot) throws -> JSONValue {
        if command == Self.showCitationsCommand { return try showCitations(arguments, in: workspace) }
        guard command == Self.renderCommand else { throw ResponseError.invalidParams("unknown command '\(command)'") }
        guard let uri = arguments.first?.stringValue ?? arguments.first?["uri"]?.stringValue else {
            throw ResponseError.invalidParams("\(Self.renderCommand) needs the document's URI as its argument")
        }
        guard let document = workspace.document(uri) else {
            throw ResponseError.invalidParams("\(Self.renderCommand): \(uri) is not open; open it and run the command again")
        }
        let checked = checked(document, in: workspace, current: true)
        guard checked.role == .commissioning else {
            throw ResponseError.invalidParams("\(Self.renderCommand): \(uri) is not a commissioning document, so it has no page")
        }
        let fileURL = document.filePath.map { URL(fileURLWithPath: $0) }
        let (folder, workspacePath) = try renderPlace(for: fileURL, uri: uri)
        let name = fileURL?.lastPathComponent ?? workspacePath
        let kind = KindResolution.kind(of: checked.tree, fileName: name, vocabulary: vocabulary)
        let page = RenderInput(workspacePath: workspacePath, kind: kind, tree: checked.tree, source: document.source,
                               diagnostics: checked.diagnostics)
        let target = folder.appendingPathComponent(page.pageName)
        do {
            // Atomic: a symbolic link planted at the page's name is replaced, not followed.
            try Data(DocumentPage.render(alone: page).utf8).write(to: target, options: .atomic)
        } catch {
            throw ResponseError.internalError("\(Self.renderCommand): cannot write \(target.path): \(error.localizedDescription)")
        }
        return .string(target.absoluteString)
    }

    /// The folder the page goes in and the document's path as the page names it. A file outside
    /// the workspace is refused: its page would have nowhere of the user's choosing to go.
    private func renderPlace(for fileURL: URL?, uri: String) throws -> (folder: URL, workspacePath: String) {
        let root = state.withLock { $0.root }
        guard let root else {
            let name = fileURL?.lastPathComponent ?? URL(string: uri)?.lastPathComponent ?? "document"
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("commissioning-render", isDirectory: true)
            return (try prepared(folder, inside: FileManager.default.temporaryDirectory), name)
        }
        guard let fileURL, let relative = relativePath(of: fileURL) else {
            throw ResponseError.invalidParams("\(Self.renderCommand): \(uri) is outside the workspace \(root.path); only its documents are rendered")
        }
        return (try prepared(root.appendingPathComponent(Self.renderFolderName, isDirectory: true), inside: root), relative)
    }

    /// Creates the folder (with a `.gitignore` that ignores everything in it) and checks that,
    /// links resolved, it really is inside `boundary`.
    private func prepared(_ folder: URL, inside boundary: URL) throws -> URL {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ResponseError.internalError("\(Self.renderCommand): cannot create \(folder.path): \(error.localizedDescription)")
        }
        let real = folder.resolvingSymlinksInPath().path
        let realBoundary = boundary.resolvingSymlinksInPath().path
        guard real.hasPrefix(realBoundary.hasSuffix("/") ? realBoundary : realBoundary + "/") else {
            throw ResponseError.invalidParams("\(Self.renderCommand): \(folder.path) leads outside \(boundary.path); remove that link")
        }
        let ignore = folder.appendingPathComponent(".gitignore")
        if !manager.fileExists(atPath: ignore.path) {
            try? Data("# Pages written by the editor's commissioning.render command.\n*\n".utf8).write(to: ignore, options: .atomic)
        }
        return URL(fileURLWithPath: real, isDirectory: true)
    }
}
