import Foundation

/// Finds an executable product built next to the running tests.
public enum ExecutableLocator {
    /// `COMMISSIONING_LS_BINARY` if set; otherwise `name` in the build folder holding the test
    /// bundle (SwiftPM puts executables and the test bundle in the same `debug`/`release` folder).
    public static func locate(_ name: String, overrideVariable: String = "COMMISSIONING_LS_BINARY") -> URL? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment[overrideVariable], FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        var folders: [URL] = []
        // Linux: the test runner is the `.xctest` executable itself.
        if let runner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: runner).deletingLastPathComponent())
        }
        // macOS: the `.xctest` bundle is loaded into a runner; its folder is the build folder.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL)
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
