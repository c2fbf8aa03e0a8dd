import Foundation
import Testing
@testable import Schema

/// A pattern remembers its answers for ASCII texts; they must be the answers matching gives.
@Suite struct CompiledPatternTests {
    @Test func rememberedAnswersAreTheMatchersAnswers() throws {
        let pattern = CompiledPattern(try NSRegularExpression(pattern: ECMARegex.translate("^[A-Za-z][A-Za-z0-9_.-]*$")))
        for _ in 0..<2 { // the second round is answered from memory
            #expect(pattern.matches("H1"))
            #expect(pattern.matches("h-2.b_c"))
            #expect(!pattern.matches("1H"))
            #expect(!pattern.matches(""))
            #expect(!pattern.matches("H 1"))
        }
    }

    @Test func canonicallyEquivalentTextsAreMatchedEachOnItsOwn() throws {
        // `é` and `e` + COMBINING ACUTE are equal as Swift strings but not to the pattern.
        let pattern = CompiledPattern(try NSRegularExpression(pattern: ECMARegex.translate("^e")))
        for _ in 0..<2 {
            #expect(pattern.matches("e\u{301}"))
            #expect(!pattern.matches("\u{E9}"))
        }
    }

    @Test func manyDistinctTextsAreStillAnsweredRightly() throws {
        let pattern = CompiledPattern(try NSRegularExpression(pattern: ECMARegex.translate("^[0-9]+$")))
        for index in 0..<(CompiledPattern.remembered + 10) {
            #expect(pattern.matches(String(index)))
            #expect(!pattern.matches("x\(index)"))
        }
        #expect(pattern.matches("17"))
    }
}
