import Features
import Foundation
import LanguageServerProtocol

/// Document links (paths to documents inside the workspace, and web addresses), and the paths
/// kept when files are renamed.
extension CommissioningLanguageService {
    public func documentLinks(in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [LinkAnswer] {
        let index = index(workspace)
        let fileURL = document.filePath.map { URL(fileURLWithPath: $0) }
        return LinkTargets.links(in: structure(of: document).tree, fileURL: fileURL, workspace: index.workspace).map { link in
            if let file = link.file {
                return LinkAnswer(range: link.range, target: workspace.uri(of: file), tooltip: "Open \(file.lastPathComponent)")
            }
            return LinkAnswer(range: link.range, target: link.webAddress ?? "", tooltip: nil)
        }
    }

    /// Open documents as the editor holds them, the others from disk inside the root; a URI that
    /// is not a file (`untitled:`) renames nothing.
    public func fileRenameEdits(_ renames: [FileRename], in workspace: WorkspaceSnapshot) -> [DocumentEdits] {
        let index = index(workspace)
        guard let root = index.workspace else { return [] }
        let moves = renames.compactMap { rename -> FileRenames.Rename? in
            guard let old = DocumentURI.filePath(of: rename.oldUri), let new = DocumentURI.filePath(of: rename.newUri) else { return nil }
            return FileRenames.Rename(old: URL(fileURLWithPath: old), new: URL(fileURLWithPath: new))
        }
        return FeatureAnswers.documentEdits(FileRenames.edits(for: moves, in: root, documents: index), open: index.open)
    }
}
