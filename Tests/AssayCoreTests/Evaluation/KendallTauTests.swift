import Testing
@testable import AssayCore

@Suite struct KendallTauTests {
    @Test func identicalOrderIsOne() {
        #expect(KendallTau.compare(order: ["a", "b", "c"], scores: ["a": 3, "b": 2, "c": 1]).tau == 1)
    }

    @Test func reversedOrderIsMinusOne() {
        let result = KendallTau.compare(order: ["a", "b", "c"], scores: ["a": 1, "b": 2, "c": 3])
        #expect(result.tau == -1)
        #expect(result.discordant.count == 3)
    }

    @Test func oneSwapOfFour() {
        // 6 pairs, one discordant (b, c): (5 − 1)/6.
        let result = KendallTau.compare(order: ["a", "b", "c", "d"], scores: ["a": 4, "b": 2, "c": 3, "d": 1])
        #expect(result.discordant == [.init(statedHigher: "b", statedLower: "c")])
        #expect(abs(result.tau! - 4.0 / 6.0) < 1e-12)
    }

    @Test func tiesUseTauB() {
        // a > b = c: pairs (a,b) C, (a,c) C, (b,c) tied. τ_b = 2 / √(3 · 2).
        let result = KendallTau.compare(order: ["a", "b", "c"], scores: ["a": 2, "b": 1, "c": 1])
        #expect(result.tied == [.init(statedHigher: "b", statedLower: "c")])
        #expect(abs(result.tau! - 2 / 6.0.squareRoot()) < 1e-12)
    }

    @Test func undefinedForFewerThanTwoOrAllTied() {
        #expect(KendallTau.compare(order: ["a"], scores: ["a": 1]).tau == nil)
        #expect(KendallTau.compare(order: ["a", "b"], scores: ["a": 1, "b": 1]).tau == nil)
    }
}
