/// The draws behind `RankAcceptability`, over flat arrays.
///
/// Per draw: the weights, then every option's score, then only the options in the first
/// `RankAcceptability.maximumRanks` ranks are picked out, with a small heap rather than a sort. Every lower
/// rank shares one column, so the rest need no order. That is O(n) per draw for n options (O(n log R) at worst
/// for R counted ranks), instead of the O(n log n) of a full sort.
///
/// Draw d uses random stream d of the seed, so a draw's outcome does not depend on which draws ran before it:
/// first one normal number per criterion for the weights, then one uniform number per option and criterion.
/// Draws are dealt out in chunks of fixed size (`drawsPerChunk`), whatever the number of workers: integer
/// counts add up in any order, and the weights of first-ranked options are summed afterwards in draw order,
/// so the result is byte-identical on any number of cores.
struct RankSampler: Sendable {
    static let drawsPerChunk = 128

    let optionCount: Int
    let criterionCount: Int
    /// Stated level values and their half-widths, option after option, `criterionCount` each.
    let values: [Double]
    let spreads: [Double]
    /// The stated preference weights, by criterion.
    let weights: [Double]
    let seed: UInt64
    /// Ranks told apart: min(options, maximumRanks). Lower ranks are "beyond".
    let countedRanks: Int

    /// What one worker counts: per option, how many draws gave it each counted rank.
    struct Counts {
        /// `ranks[o * countedRanks + r]`: draws in which option o takes rank r + 1.
        var ranks: [Int]
        var work = WorkTally()
    }

    /// What one chunk leaves for the final, ordered sum: its drawn (normalised) weights and, draw by draw,
    /// the options it ranked first.
    struct Firsts: Sendable {
        /// `weights[d * criterionCount + c]` for the chunk's draw d.
        var weights: [Double] = []
        /// (draw within the chunk, option), in draw order.
        var options: [(draw: Int, option: Int)] = []
    }

    /// Runs draws `range`, adding to `counts` and returning the chunk's first places.
    func run(_ range: Range<Int>, into counts: inout Counts) -> Firsts {
        let n = optionCount, k = criterionCount
        var firsts = Firsts()
        firsts.weights.reserveCapacity(range.count * k)
        var drawn = [Double](repeating: 0, count: k)
        var scores = [Double](repeating: 0, count: n)
        var heap: [Int] = []
        heap.reserveCapacity(countedRanks)
        var inHeap = [Bool](repeating: false, count: n)
        var tail: [Int] = []
        for draw in range {
            var random = SeededRandom(seed: seed, stream: UInt64(draw))
            var total = 0.0
            for c in 0..<k {
                drawn[c] = weights[c] * exp(RankAcceptability.weightSpread * random.normal())
                total += drawn[c]
            }
            for c in 0..<k { drawn[c] /= total }
            values.withUnsafeBufferPointer { values in
                spreads.withUnsafeBufferPointer { spreads in
                    for o in 0..<n {
                        var score = 0.0
                        for c in 0..<k {
                            // Every entry takes a number, even with no spread (the value then stays as stated,
                            // being in [0, 1]): no branch that the processor would mispredict a third of the time.
                            let offset = (random.unit() * 2 - 1) * spreads[o * k + c]
                            score += drawn[c] * min(1, max(0, values[o * k + c] + offset))
                        }
                        scores[o] = score
                    }
                }
            }
            selectTop(scores, into: &heap, work: &counts.work)
            // The selected options by score, best first: at most maximumRanks of them.
            heap.sort { a, b in
                counts.work.count()
                return scores[a] > scores[b]
            }
            // Competition ranks as in `CompetitionRanking`: an option within the tolerance of the one above it
            // shares its rank. Ties among equal scores need no order: they get the same rank either way.
            var rank = 0
            for (place, o) in heap.enumerated() {
                if place > 0, scores[heap[place - 1]] - scores[o] > CompetitionRanking.tolerance { rank = place }
                record(o, rank: rank, draw: draw - range.lowerBound, into: &counts, &firsts)
            }
            if n > heap.count, let last = heap.last {
                // Options left out but tied with the last selected one (or tied with one tied with it, …) share
                // its rank, as they would in a full sort.
                for o in heap { inHeap[o] = true }
                connectedTies(below: scores[last], scores, excluding: inHeap, into: &tail, work: &counts.work)
                for o in tail { record(o, rank: rank, draw: draw - range.lowerBound, into: &counts, &firsts) }
                for o in heap { inHeap[o] = false }
            }
            firsts.weights.append(contentsOf: drawn)
        }
        return firsts
    }

    private func record(_ option: Int, rank: Int, draw: Int, into counts: inout Counts, _ firsts: inout Firsts) {
        counts.ranks[option * countedRanks + rank] += 1
        if rank == 0 { firsts.options.append((draw, option)) }
    }

    /// The `countedRanks` highest scores, in a min-heap: one comparison for most options, a sift for the few
    /// that enter. Options tied at the boundary may be left out; `connectedTies` finds them.
    private func selectTop(_ scores: [Double], into heap: inout [Int], work: inout WorkTally) {
        heap.removeAll(keepingCapacity: true)
        for o in scores.indices {
            if heap.count < countedRanks {
                heap.append(o)
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    work.count()
                    guard scores[heap[child]] < scores[heap[parent]] else { break }
                    heap.swapAt(child, parent)
                    child = parent
                }
                continue
            }
            work.count()
            guard scores[o] > scores[heap[0]] else { continue }
            heap[0] = o
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < heap.count {
                    work.count()
                    if scores[heap[left]] < scores[heap[smallest]] { smallest = left }
                }
                if right < heap.count {
                    work.count()
                    if scores[heap[right]] < scores[heap[smallest]] { smallest = right }
                }
                guard smallest != parent else { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
    }

    /// Every option outside `excluding` linked to `score` by a chain of scores each within the tolerance of the
    /// next: one pass collects those within the tolerance of `score`; a further pass is needed only when the
    /// lowest of them is lower than `score` itself (a chain of near-ties), so exact ties cost one pass.
    private func connectedTies(below score: Double, _ scores: [Double], excluding: [Bool], into tail: inout [Int],
                               work: inout WorkTally) {
        tail.removeAll(keepingCapacity: true)
        var low = score, upper = Double.infinity
        while true {
            let bottom = low - CompetitionRanking.tolerance
            var lowest = low
            for o in scores.indices {
                work.count()
                let s = scores[o]
                guard s >= bottom, s < upper, !excluding[o] else { continue }
                tail.append(o)
                lowest = min(lowest, s)
            }
            guard lowest < low else { return }
            // Everything at or above `bottom` is collected; go on below it from the new lowest score.
            upper = bottom
            low = lowest
        }
    }
}

import Foundation
