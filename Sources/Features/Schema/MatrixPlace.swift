import Schema
import Syntax

extension SchemaNavigator {
    /// The matrix area whose assessment holds the value at `path` — `contracting` for
    /// `integration.contracting.current` — told by the schema (the grandparent is a
    /// `matrix-self-assessment`), not by the key names.
    func matrixArea(of path: [PathComponent], from root: [SchemaView], instanceRoot: SyntaxNode?, vocabulary: Vocabulary) -> Term? {
        guard path.count >= 2, case let .key(areaID) = path[path.count - 2], let area = vocabulary.matrix.areas.term(areaID) else { return nil }
        let assessment = schemas(at: Array(path.dropLast(2)), from: root, instanceRoot: instanceRoot)
        return includes(definition: VocabularyNames.matrixSelfAssessment, in: assessment) ? area : nil
    }
}
