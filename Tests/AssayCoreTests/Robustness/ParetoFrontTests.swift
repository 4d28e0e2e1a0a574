import Testing
@testable import AssayCore

@Suite struct ParetoFrontTests {
    static let tolerance = CompetitionRanking.tolerance

    /// The definition, pair by pair: what `ParetoFront` must reproduce exactly.
    static func pairwise(_ scores: [Double], k: Int) -> [Bool] {
        let n = scores.count / k
        return (0..<n).map { b in
            !(0..<n).contains { a in
                guard a != b else { return false }
                let noWorse = (0..<k).allSatisfy { scores[a * k + $0] >= scores[b * k + $0] - tolerance }
                let better = (0..<k).contains { scores[a * k + $0] > scores[b * k + $0] + tolerance }
                return noWorse && better
            }
        }
    }

    /// Coarse values, so that many points tie, each nudged by a fraction of the tolerance, so that dominance
    /// within the tolerance stops being transitive.
    static func points(_ n: Int, k: Int, seed: UInt64) -> [Double] {
        var random = SeededRandom(seed: seed)
        let nudges = [0, 0, 0, 0.4e-9, -0.4e-9, 0.7e-9, -0.7e-9, 1.2e-9]
        return (0..<(n * k)).map { _ in Double(random.next() % 4) / 4 + nudges[Int(random.next() % UInt64(nudges.count))] }
    }

    @Test(arguments: [1, 2, 3, 4])
    func agreesWithComparingEveryPair(k: Int) {
        for seed in UInt64(1)...40 {
            let scores = Self.points(Int(seed % 7) * 9 + 2, k: k, seed: seed)
            var work = WorkTally()
            #expect(ParetoFront.undominated(scores, dimensions: k, tolerance: Self.tolerance, work: &work) == Self.pairwise(scores, k: k),
                    "seed \(seed)")
        }
    }

    @Test func aChainWithinTheToleranceIsFollowed() {
        // c dominates a, and a dominates b, but c does not dominate b (c is 2e-9 below b on the second score).
        // a is not Pareto-optimal, yet b must still count as dominated: by a.
        let c = [1.0, 0.5 - 1e-9], a = [0.8, 0.5], b = [0.7, 0.5 + 1e-9], third = [1.0, 1.0, 1.0]
        for k in [2, 3] {
            let scores = k == 2 ? c + a + b : zip([c, a, b], third).flatMap { $0 + [$1] }
            var work = WorkTally()
            let result = ParetoFront.undominated(scores, dimensions: k, tolerance: Self.tolerance, work: &work)
            #expect(result == [true, false, false])
            #expect(result == Self.pairwise(scores, k: k))
        }
    }

    @Test func notANumberNeitherDominatesNorIsDominated() {
        let scores = [Double.nan, 1, 0.5, 0.5, 0.2, 0.2]
        var work = WorkTally()
        #expect(ParetoFront.undominated(scores, dimensions: 2, tolerance: Self.tolerance, work: &work) == [true, true, false])
    }

    @Test(arguments: [1, 2])
    func workGrowsLikeNLogN(k: Int) {
        // A pairwise scan grows 16× from n to 4n; n log n grows 4·log(4n)/log(n), 4.7× at n = 2,000.
        func work(_ n: Int) -> Int {
            var work = WorkTally()
            var random = SeededRandom(seed: 9)
            let scores = (0..<(n * k)).map { _ in random.unit() }
            _ = ParetoFront.undominated(scores, dimensions: k, tolerance: Self.tolerance, work: &work)
            return work.steps
        }
        let n = 2000, small = work(n), large = work(4 * n)
        let bound = 1.1 * 4 * log2(Double(4 * n)) / log2(Double(n))
        #expect(Double(large) <= bound * Double(small), "work grew from \(small) to \(large)")
    }
}

import Foundation
