import Rules
import Schema

/// Lets a workspace's local terms (README.md, "Configuration": local partner names, local stakeholder groups)
/// stand where the schema expects a term of that vocabulary.
enum LocalVocabulary {
    static func accepts(_ failure: ValidationFailure, configuration: Configuration, vocabulary: Vocabulary) -> Bool {
        guard !configuration.extraVocabulary.isEmpty, let value = failure.value?.stringValue else { return false }
        let allowed: [String]
        switch failure.detail {
        case let .vocabulary(_, values), let .enumeration(values):
            allowed = values.compactMap(\.stringValue)
        default:
            return false
        }
        // The failing vocabulary is the one whose ids the schema offered.
        for (name, terms) in configuration.extraVocabulary where terms.contains(where: { $0.id == value }) {
            if let list = vocabulary.list(name), Set(list.ids) == Set(allowed) { return true }
        }
        return false
    }
}
