import Analysis
import Foundation
import JSONSupport
import Rules

/// What the client's settings set (`workspace/didChangeConfiguration`, or `initializationOptions`
/// at start): rule severities, as in `.commissioning.yaml`, under a `commissioning` section —
/// `{"commissioning": {"rules": {"hypothesis/count": "off"}}}` — or at the top level when the
/// client sends the section alone. They override the workspace file, rule by rule.
struct ServiceSettings: Sendable, Equatable {
    static let section = "commissioning"

    var severities: [String: RuleSetting] = [:]

    init() {}

    init(_ json: JSONValue?) {
        guard let json else { return }
        let settings = json[Self.section] ?? json
        for (code, value) in settings["rules"]?.objectValue ?? [:] {
            if let text = value.stringValue, let setting = RuleSetting(text) { severities[code] = setting }
        }
    }

    /// The workspace file's configuration with these settings laid over it.
    func applied(to configuration: Configuration) -> Configuration {
        var result = configuration
        for (code, setting) in severities { result.severities[code] = setting }
        return result
    }
}
