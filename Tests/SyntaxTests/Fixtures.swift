import Foundation

/// Documents of the kind commissioners write, with the characters they use (£, ’, –, emoji),
/// every construct of the subset, and comments. Used whole and cut at every byte.
enum Fixtures {
    static let strategy = """
        # Commissioning strategy – older people’s services 😀
        kind: commissioning-strategy
        title: "Living well with long-term conditions – later life"
        population: Older people with chronic health problems
        partners:
          - name: Northshire County Council
            type: local-authority
          - name: 'Northshire CCG'   # the NHS partner
            type: nhs
        approach: integrated
        period: {from: 2026-04-01, to: 2029-03-31}
        budget: £12,500,000
        levels: [1, 2, 3, 4]
        rationale:
          market: >-
            Health, residential and domiciliary care for older people is delivered
            by the NHS and private providers.

            Self-funders buy care too.
          need-for-change: |
            Too many older people receive poor quality care.
              – in acute services
            Demand is rising.
        aims:
          - statement: To reduce the number of older people who need acute care.
            purpose: better-outcomes
          -
          - statement: "Improve capacity\\u2019s reach \\
              across the county"
        notes: plain text that
          continues on a second line
        empty:
        """

    static let hypotheses = """
        ---
        kind: hypothesis-set
        title: SEND transport
        hypotheses:
          - id: h1
            statement: If we commission travel training, fewer children need taxis.
            test: {measure: taxi journeys, target: "-10%", by: 2027-03-31}
          - id: h2
            statement: >
              Joint funding with health
              reduces delays.
            evidence: [survey, 'JSNA 2025', "audit – Q3"]
        ...
        # end
        """

    static let broken = """
        title: "unclosed
        purpose-and-
        level:
        areas: [a, b
          deeper: x
        \tbad: tab
        list:
          - &anchor a
          - *alias
          - !tag t
        ? explicit
        : value
        dup: 1
        dup: 2
        """

    static var all: [String] { [strategy, hypotheses, broken, strategy.replacingOccurrences(of: "\n", with: "\r\n"), "\u{FEFF}" + hypotheses] }

    /// The example documents of the repository's schemas, if present (they are not ours to pin).
    static var schemaExamples: [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Schemas/examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { $0.hasSuffix(".yaml") }.compactMap { try? String(contentsOf: folder.appending(path: $0), encoding: .utf8) }
    }
}
