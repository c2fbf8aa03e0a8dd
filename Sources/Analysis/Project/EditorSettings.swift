import Foundation
import JSONSupport
import Rules

/// What the editor's settings set (`workspace/didChangeConfiguration`, or `initializationOptions`
/// at start): rule severities, as in `.commissioning.yaml`, under a `commissioning` section —
/// `{"commissioning": {"rules": {"hypothesis/count": "off"}}}` — or at the top level when the
/// client sends the section alone. Inlay hints are switched by kind under `inlayHints`
/// (`{"commissioning": {"inlayHints": {"money": false}}}`); a kind not named stays on.
public struct EditorSettings: Sendable, Equatable {
    public static let section = "commissioning"

    public var severities: [String: RuleSetting] = [:]
    /// Each inlay hint kind set on or off, by name (`money`, `financialYear`, `matrixLevel`).
    public var inlayHints: [String: Bool] = [:]

    public init() {}

    public init(_ json: JSONValue?) {
        guard let json else { return }
        let settings = json[Self.section] ?? json
        for (code, value) in settings["rules"]?.objectValue ?? [:] {
            if let text = value.stringValue, let setting = RuleSetting(text) { severities[code] = setting }
        }
        for (kind, value) in settings["inlayHints"]?.objectValue ?? [:] {
            if case let .bool(on) = value { inlayHints[kind] = on }
        }
    }
}

/// The configuration in force for a document: the one precedence rule of the project, used by
/// `lint` and the server alike. From lowest to highest: the defaults; the workspace's
/// `.commissioning.yaml` — as the editor holds it when it is open (unsaved edits count), else as
/// on disk; then the editor's settings, rule by rule (a setting for one rule leaves the file's
/// other rules, and its `ignore:` globs, as they are).
public enum ConfigurationPrecedence {
    public static func effective(onDisk: Configuration?, openBuffer: Configuration?, editor: EditorSettings = EditorSettings()) -> Configuration {
        var result = openBuffer ?? onDisk ?? .default
        for (code, setting) in editor.severities { result.severities[code] = setting }
        return result
    }
}
