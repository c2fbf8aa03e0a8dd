import Schema
import SourceText

/// The schema layer finds dates and amounts that fail their format; the rules `date/invalid` and
/// `money/invalid` report them under their own ids (so they can be configured and explained like
/// any rule). The messages, ranges and fixes are the schema layer's (`SchemaDiagnostics`): one
/// place writes them.
enum SchemaFormatFindings {
    static func findings(code: String, in context: RuleContext) -> [Finding] {
        let failures = context.schemaFailures.filter { SchemaDiagnostics.code(for: $0) == code }
        guard !failures.isEmpty else { return [] }
        return SchemaDiagnostics.diagnostics(for: failures, in: context.tree).map {
            Finding(range: $0.range, message: $0.message, fixes: $0.fixes, related: $0.related)
        }
    }
}
