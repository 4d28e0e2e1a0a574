/// A small, portable random generator (SplitMix64): the same seed gives the same draws on every machine,
/// which keeps rank acceptability byte-identical from build to build.
public struct SeededRandom: Sendable {
    private var state: UInt64
    private var spareNormal: Double?

    public init(seed: UInt64) { self.state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Standard normal, by the Box–Muller transform.
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        let u = max(unit(), .leastNonzeroMagnitude), v = unit()
        let radius = (-2 * log(u)).squareRoot()
        spareNormal = radius * sin(2 * .pi * v)
        return radius * cos(2 * .pi * v)
    }
}

import Foundation
