/// How long each stage of a build took (wall-clock), for `assay build --timings` and the benchmark.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    /// Told as each stage starts, for progress on a terminal.
    private let onStart: SiteBuilder.Progress?

    public init(onStart: SiteBuilder.Progress? = nil) { self.onStart = onStart }

    mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        onStart?(name, 0, 0)
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            stages.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        }
        return try body()
    }

    /// One line per stage, aligned, with the total.
    public var table: String {
        let width = max(5, stages.map(\.name.count).max() ?? 0)
        let total = stages.reduce(0) { $0 + $1.seconds }
        let line = { (name: String, seconds: Double) in
            name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + String(Int((seconds * 1000).rounded())) + " ms"
        }
        return (stages.map(line) + [line("total", total)]).joined(separator: "\n")
    }
}

import Foundation
