import JSONSupport
import Schema

/// `commissioning-ls schema KIND`: the JSON Schema of a kind, self-contained (the shared
/// vocabulary and definitions copied in), for tools that want to validate on their own.
enum SchemaCommand {
    static func run(_ arguments: [String]) -> Int32 {
        let vocabulary = Vocabulary.shared
        guard arguments.count == 1, let name = arguments.first, !name.hasPrefix("-") else {
            return Output.usageError("schema: give one kind: \(kindList(vocabulary))")
        }
        guard let kind = vocabulary.kind(named: name) else {
            return Output.usageError("schema: unknown kind '\(name)'; choose one of: \(kindList(vocabulary))")
        }
        do {
            let schema = try SchemaBundler().bundle(kind.schemaFile)
            Output.standardOutput(JSONWriter(pretty: true).string(schema) + "\n")
            return ExitStatus.success
        } catch {
            Output.standardError("commissioning-ls: schema: \(error)\n")
            return ExitStatus.findings
        }
    }

    /// `commissioning-strategy (strategy), …`, read from the schemas.
    private static func kindList(_ vocabulary: Vocabulary) -> String {
        vocabulary.kinds.map { kind in kind.shortName.map { "\(kind.id) (\($0))" } ?? kind.id }.joined(separator: ", ")
    }
}
