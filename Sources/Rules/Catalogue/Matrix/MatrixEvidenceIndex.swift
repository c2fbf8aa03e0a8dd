import Foundation
import Schema

/// The 28 cells of the IPC matrix as TF-IDF vectors, to tell which level's example activities a
/// piece of evidence reads most like. Each cell is the words of its example activities; a word
/// weighs more the fewer cells use it (inverse document frequency over the 28 cells), so "pooled"
/// or "single" count for more than "agencies". Evidence is compared by cosine similarity over the
/// matrix's own words only: words the matrix never uses say nothing about a level.
///
/// Built once (a `static let`, so thread-safe and lazy) because the rule runs on every keystroke.
struct MatrixEvidenceIndex: Sendable {
    typealias Vector = [String: Double]

    struct Cell: Sendable {
        let area: String
        let level: String
        let vector: Vector
        /// Each example activity with its own vector, to quote the closest one.
        let activities: [(activity: Activity, vector: Vector)]
    }

    /// How one level of an area compares with a piece of evidence.
    struct LevelScore {
        let level: String
        /// Cosine similarity in 0…1.
        let similarity: Double
        /// How many different (stemmed) words the evidence shares with the cell's examples.
        let sharedWords: Int
    }

    static let shared = MatrixEvidenceIndex(matrix: Vocabulary.shared.matrix)

    /// The shared index when the vocabulary is the built-in one (the usual case), else a new one.
    static func index(for matrix: IntegrationMatrix) -> MatrixEvidenceIndex {
        matrix == shared.matrix ? shared : MatrixEvidenceIndex(matrix: matrix)
    }

    let matrix: IntegrationMatrix
    let inverseFrequency: [String: Double]
    private let cells: [String: [String: Cell]]

    init(matrix: IntegrationMatrix) {
        self.matrix = matrix
        let words = matrix.cells.map { cell in cell.activities.flatMap { EvidenceWords.words($0.text) } }
        var frequency: [String: Int] = [:]
        for cellWords in words { for word in Set(cellWords) { frequency[word, default: 0] += 1 } }
        let count = Double(max(matrix.cells.count, 1))
        let inverse = frequency.mapValues { log(count / Double($0)) + 1 }
        inverseFrequency = inverse
        var cells: [String: [String: Cell]] = [:]
        for (cell, cellWords) in zip(matrix.cells, words) {
            let activities = cell.activities.map { ($0, Self.vector(EvidenceWords.words($0.text), inverse)) }
            cells[cell.area, default: [:]][cell.level] = Cell(area: cell.area, level: cell.level,
                                                              vector: Self.vector(cellWords, inverse), activities: activities)
        }
        self.cells = cells
    }

    /// The evidence as a vector over the matrix's words.
    func vector(of evidence: String) -> Vector { Self.vector(EvidenceWords.words(evidence), inverseFrequency) }

    /// Every level of `area`, in the matrix's order, compared with the evidence's vector.
    func scores(of evidence: Vector, area: String) -> [LevelScore] {
        matrix.levels.ids.compactMap { level in
            guard let cell = cells[area]?[level] else { return nil }
            return LevelScore(level: level, similarity: Self.cosine(evidence, cell.vector),
                              sharedWords: evidence.keys.reduce(0) { $0 + (cell.vector[$1] == nil ? 0 : 1) })
        }
    }

    func scores(of evidence: String, area: String) -> [LevelScore] { scores(of: vector(of: evidence), area: area) }

    /// The example activity of a cell closest to the evidence (to quote it).
    func closestExample(to evidence: Vector, area: String, level: String) -> Activity? {
        var best: (activity: Activity, similarity: Double)?
        for (activity, vector) in cells[area]?[level]?.activities ?? [] {
            let similarity = Self.cosine(evidence, vector)
            if similarity > best?.similarity ?? -1 { best = (activity, similarity) }
        }
        return best?.activity
    }

    /// Term frequency × inverse frequency, normalised to length 1; words outside the matrix dropped.
    static func vector(_ words: [String], _ inverse: [String: Double]) -> Vector {
        var vector: Vector = [:]
        for word in words { if let weight = inverse[word] { vector[word, default: 0] += weight } }
        let length = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard length > 0 else { return [:] }
        return vector.mapValues { $0 / length }
    }

    static func cosine(_ a: Vector, _ b: Vector) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        return small.reduce(0) { $0 + $1.value * (large[$1.key] ?? 0) }
    }
}
