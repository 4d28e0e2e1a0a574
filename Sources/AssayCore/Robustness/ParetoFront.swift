/// Which points of a set no other point dominates: matches or beats on every coordinate (within `tolerance`)
/// while beating it on one (by more than `tolerance`). The result is the same as comparing every pair; only
/// the work differs.
///
/// Complexity, for n points of k coordinates:
/// - k ≤ 2: O(n log n), exact. One sort per coordinate, then for each point a binary search and a prefix maximum
///   answer "is there a point better by more than the tolerance on this coordinate and no worse on the other?"
/// - k ≥ 3: O(n log n + n·h), where h is the number of points kept for comparison: those no earlier point (in
///   descending order of the first coordinate) dominates by a clear margin on every coordinate. h is the size of
///   the skyline plus the points dominated only within the tolerance; it is small when the actors' scores agree
///   or are independent, but can approach n when they are strongly opposed (worst case O(n²)).
enum ParetoFront {
    /// - Parameters:
    ///   - scores: n points, `dimensions` coordinates each, point after point.
    ///   - work: counts comparisons and binary-search steps.
    /// - Returns: for each point, whether it is undominated. A point with a NaN coordinate neither dominates nor
    ///   is dominated, as in a pairwise comparison.
    static func undominated(_ scores: [Double], dimensions k: Int, tolerance: Double, work: inout WorkTally) -> [Bool] {
        guard k > 0 else { return [] }
        let n = scores.count / k
        let comparable = (0..<n).filter { point in !(0..<k).contains { scores[point * k + $0].isNaN } }
        var dominated = [Bool](repeating: false, count: n)
        if k <= 2 {
            sweep(scores, k: k, points: comparable, tolerance: tolerance, dominated: &dominated, work: &work)
        } else {
            filter(scores, k: k, points: comparable, tolerance: tolerance, dominated: &dominated, work: &work)
        }
        return dominated.map { !$0 }
    }

    /// k ≤ 2. A point b is dominated exactly when, for one coordinate `axis`, some point a has
    /// `a[axis] > b[axis] + tolerance` and `a[other] >= b[other] - tolerance`.
    private static func sweep(_ scores: [Double], k: Int, points: [Int], tolerance: Double, dominated: inout [Bool],
                              work: inout WorkTally) {
        for axis in 0..<k {
            let other = k == 2 ? 1 - axis : nil
            let order = points.sorted { a, b in
                work.count()
                return scores[a * k + axis] > scores[b * k + axis]
            }
            // best[m]: the largest other coordinate among the first m points of `order`.
            var best = [Double](repeating: -.infinity, count: order.count + 1)
            for (place, point) in order.enumerated() {
                best[place + 1] = max(best[place], other.map { scores[point * k + $0] } ?? .infinity)
            }
            for b in points where !dominated[b] {
                // How many points beat b on `axis` by more than the tolerance: a prefix of `order`.
                let threshold = scores[b * k + axis] + tolerance
                var low = 0, high = order.count
                while low < high {
                    work.count()
                    let middle = (low + high) / 2
                    if scores[order[middle] * k + axis] > threshold { low = middle + 1 } else { high = middle }
                }
                work.count()
                if low > 0, best[low] >= (other.map { scores[b * k + $0] } ?? 0) - tolerance { dominated[b] = true }
            }
        }
    }

    /// k ≥ 3. Points in descending order of the first coordinate, each compared with the points kept so far.
    /// A point is dropped from the comparisons only when a kept point dominates it with no coordinate below
    /// its own: that point then dominates everything the dropped one would, so nothing is missed even though
    /// dominance within a tolerance is not transitive. Later points can dominate earlier ones only when their
    /// first coordinates are within the tolerance, which is the tail of the kept list.
    private static func filter(_ scores: [Double], k: Int, points: [Int], tolerance: Double, dominated: inout [Bool],
                               work: inout WorkTally) {
        let order = points.sorted { a, b in
            work.count()
            return scores[a * k] > scores[b * k]
        }
        var kept: [Int] = []
        for point in order {
            var covered = false
            for other in kept {
                work.count()
                switch dominance(of: other, over: point, scores, k: k, tolerance: tolerance) {
                case .none: continue
                case .withinTolerance: dominated[point] = true
                case .clear:
                    dominated[point] = true
                    covered = true
                }
                if covered { break }
            }
            var tail = kept.count - 1
            while tail >= 0, scores[kept[tail] * k] <= scores[point * k] + tolerance {
                work.count()
                if dominance(of: point, over: kept[tail], scores, k: k, tolerance: tolerance) != .none { dominated[kept[tail]] = true }
                tail -= 1
            }
            if !covered { kept.append(point) }
        }
    }

    private enum Dominance { case none, withinTolerance, clear }

    /// Whether `a` dominates `b`; `clear` when it also is no lower on any coordinate.
    private static func dominance(of a: Int, over b: Int, _ scores: [Double], k: Int, tolerance: Double) -> Dominance {
        var better = false, clear = true
        for c in 0..<k {
            let x = scores[a * k + c], y = scores[b * k + c]
            guard x >= y - tolerance else { return .none }
            if x > y + tolerance { better = true }
            if x < y { clear = false }
        }
        guard better else { return .none }
        return clear ? .clear : .withinTolerance
    }
}
