/// The IPC matrix (000): seven areas × four ordered levels of integration, with the example
/// activities of every cell.
public struct IntegrationMatrix: Sendable, Hashable {
    public let areas: TermList
    public let levels: TermList
    public let cells: [MatrixCell]

    public func cell(area: String, level: String) -> MatrixCell? {
        cells.first { $0.area == area && $0.level == level }
    }

    /// 0 for the least integrated level; nil for an unknown id.
    public func rank(ofLevel id: String) -> Int? { levels.rank(of: id) }
}

/// One cell of the matrix: what an area looks like at one level.
public struct MatrixCell: Sendable, Hashable {
    public let area: String
    public let level: String
    public let activities: [Activity]
    /// The cell's lines in the 2006 matrix, e.g. `000_5c1c6b30ea365b26.txt:48-52`.
    public let source: String
}
