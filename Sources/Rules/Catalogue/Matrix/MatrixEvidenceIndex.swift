import Foundation
import Schema

/// The 28 cells of the IPC matrix as TF-IDF vectors, to tell which level's example activities a
/// piece of evidence reads most like. Each cell is the words of its example activities; a word
/// weighs more the fewer cells use it (inverse document frequency over the 28 cells), so "pooled"
/// or "single" count for more than "agencies". Evidence is compared by cosine similarity over the
/// matrix's own words only: words the matrix never uses say nothing about a level. It also knows
/// the words the matrix uses at one level only, in more than one area ("jointly", "independently",
/// "network"): those tell a level apart, where words shared by several levels ("budget",
/// "consultation") only say what the evidence is about, and a word in one cell only ("users",
/// "manager") says more about that cell's topic than about its level.
///
/// Built once (a `static let`, so thread-safe and lazy) because the rule runs on every keystroke;
/// words are numbered and the cells stored as dense arrays, so comparing is a few multiplications.
struct MatrixEvidenceIndex: Sendable {
    /// A piece of evidence: each matrix word it uses (by number) with its weight; length 1.
    struct Vector: Sendable {
        let entries: [(word: Int, weight: Double)]
        var isEmpty: Bool { entries.isEmpty }
    }

    /// A cell, or one example activity: a weight for every matrix word (0 for most), length 1.
    typealias Weights = [Double]

    struct Cell: Sendable {
        let level: String
        let weights: Weights
        /// Each example activity with its own weights, to quote the closest one.
        let activities: [(activity: Activity, weights: Weights)]
    }

    /// How one level of an area compares with a piece of evidence.
    struct LevelScore {
        let level: String
        /// Cosine similarity in 0…1.
        let similarity: Double
        /// How many different (stemmed) words the evidence shares with the cell's examples.
        let sharedWords: Int
        /// The evidence's (stemmed) words that the matrix uses at this level only, in any area.
        let levelWords: [String]
    }

    static let shared = MatrixEvidenceIndex(matrix: Vocabulary.shared.matrix)

    /// The shared index when the vocabulary is the built-in one (the usual case), else a new one.
    static func index(for matrix: IntegrationMatrix) -> MatrixEvidenceIndex {
        matrix == shared.matrix ? shared : MatrixEvidenceIndex(matrix: matrix)
    }

    let matrix: IntegrationMatrix
    /// Every (stemmed) word the matrix's examples use, numbered.
    let wordNumbers: [String: Int]
    /// The word of each number.
    let words: [String]
    /// For each word (by number), the one level whose examples alone use it, in two or more
    /// cells; nil when several levels use it, or only one cell.
    let onlyLevel: [String?]
    /// Inverse document frequency of each word over the cells: ln(cells / cells using it) + 1.
    let inverseFrequency: [Double]
    /// Per area, its cells in the matrix's order of levels.
    private let cells: [String: [Cell]]

    init(matrix: IntegrationMatrix) {
        self.matrix = matrix
        let cellWords = matrix.cells.map { cell in cell.activities.map { EvidenceWords.words($0.text) } }
        var numbers: [String: Int] = [:]
        var frequency: [Int] = []
        for words in cellWords {
            var seen = Set<Int>()
            for word in words.joined() {
                let number = numbers[word] ?? { numbers[word] = frequency.count; frequency.append(0); return frequency.count - 1 }()
                if seen.insert(number).inserted { frequency[number] += 1 }
            }
        }
        let count = Double(max(matrix.cells.count, 1))
        let inverse = frequency.map { log(count / Double($0)) + 1 }
        var levelsOfWord = [Set<String>](repeating: [], count: frequency.count)
        for (cell, words) in zip(matrix.cells, cellWords) {
            for word in words.joined() { if let number = numbers[word] { levelsOfWord[number].insert(cell.level) } }
        }
        onlyLevel = zip(levelsOfWord, frequency).map { levels, cells in levels.count == 1 && cells >= 2 ? levels.first : nil }
        var words = [String](repeating: "", count: frequency.count)
        for (word, number) in numbers { words[number] = word }
        self.words = words
        wordNumbers = numbers
        inverseFrequency = inverse
        func weights(_ words: [String]) -> Weights {
            var weights = Weights(repeating: 0, count: inverse.count)
            for word in words { if let number = numbers[word] { weights[number] += inverse[number] } }
            let length = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return length > 0 ? weights.map { $0 / length } : weights
        }
        var cells: [String: [Cell]] = [:]
        for (cell, words) in zip(matrix.cells, cellWords) {
            let activities = zip(cell.activities, words).map { ($0, weights($1)) }
            cells[cell.area, default: []].append(Cell(level: cell.level, weights: weights(words.flatMap { $0 }), activities: activities))
        }
        let order = matrix.levels.ids
        self.cells = cells.mapValues { $0.sorted { (order.firstIndex(of: $0.level) ?? 0) < (order.firstIndex(of: $1.level) ?? 0) } }
    }

    /// The evidence as a vector over the matrix's words (term frequency × inverse frequency).
    func vector(of evidence: String) -> Vector {
        var weights: [Int: Double] = [:]
        for word in EvidenceWords.words(evidence) {
            if let number = wordNumbers[word] { weights[number, default: 0] += inverseFrequency[number] }
        }
        let length = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard length > 0 else { return Vector(entries: []) }
        return Vector(entries: weights.map { (word: $0.key, weight: $0.value / length) })
    }

    /// Every level of `area`, in the matrix's order, compared with the evidence.
    func scores(of evidence: Vector, area: String) -> [LevelScore] {
        (cells[area] ?? []).map { cell in
            var similarity = 0.0
            var shared = 0
            for (word, weight) in evidence.entries where cell.weights[word] > 0 {
                similarity += weight * cell.weights[word]
                shared += 1
            }
            // Any area's examples count here: "jointly" marks joint working in contracting too.
            let levelWords = evidence.entries.compactMap { onlyLevel[$0.word] == cell.level ? words[$0.word] : nil }
            return LevelScore(level: cell.level, similarity: similarity, sharedWords: shared, levelWords: levelWords.sorted())
        }
    }

    func scores(of evidence: String, area: String) -> [LevelScore] { scores(of: vector(of: evidence), area: area) }

    /// The example activity of a cell closest to the evidence (to quote it).
    func closestExample(to evidence: Vector, area: String, level: String) -> Activity? {
        var best: (activity: Activity, similarity: Double)?
        for (activity, weights) in cells[area]?.first(where: { $0.level == level })?.activities ?? [] {
            let similarity = evidence.entries.reduce(0) { $0 + $1.weight * weights[$1.word] }
            if similarity > best?.similarity ?? -1 { best = (activity, similarity) }
        }
        return best?.activity
    }
}
