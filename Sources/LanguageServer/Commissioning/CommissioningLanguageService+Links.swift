import Features
import Foundation

/// Document links: paths to documents inside the workspace, and web addresses.
extension CommissioningLanguageService {
    public func documentLinks(in document: DocumentSnapshot, workspace: WorkspaceSnapshot) -> [LinkAnswer] {
        let index = index(workspace)
        let fileURL = document.filePath.map { URL(fileURLWithPath: $0) }
        return LinkTargets.links(in: structure(of: document).tree, fileURL: fileURL, workspace: index.workspace).map { link in
            if let file = link.file {
                let uri = index.open.document(at: file)?.uri ?? DocumentURI.fileURI(of: file.path)
                return LinkAnswer(range: link.range, target: uri, tooltip: "Open \(file.lastPathComponent)")
            }
            return LinkAnswer(range: link.range, target: link.webAddress ?? "", tooltip: nil)
        }
    }
}
