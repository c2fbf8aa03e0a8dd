import Foundation
import SourceText
import Syntax

/// Reading a configuration file from disk, for `lint` and the server alike: through
/// `ContainedFile`, so one that is a folder, a pipe, a device, a link out of its folder or to
/// nothing is refused with a reason instead of being read or silently ignored.
public enum ConfigurationFile {
    /// Configurations are limited in size like documents.
    public static var maximumBytes: Int { ParserLimits.default.maximumDocumentBytes }

    /// The text of the configuration at `url`, named `name`, which must lie inside the real
    /// folder `boundary` (nil: anywhere, for one the user named outside any workspace).
    public static func read(_ url: URL, named name: String, inside boundary: String?) -> Result<SourceFile, FileRefusal> {
        ContainedFile.read(url.path, inside: boundary, maximumBytes: maximumBytes).map { SourceFile(name: name, bytes: $0) }
    }

    /// One line saying why the configuration `shown` was not read.
    public static func problem(_ refusal: FileRefusal, shown: String) -> String {
        refusal == .missing ? "cannot read the configuration '\(shown)'" : "cannot read the configuration '\(shown)': \(refusal.reason)"
    }
}
