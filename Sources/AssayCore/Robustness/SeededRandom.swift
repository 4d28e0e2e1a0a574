/// A small, portable, counter-based random generator (SplitMix64): the same key gives the same numbers on
/// every machine, which keeps rank acceptability byte-identical from build to build.
///
/// A generator is keyed by a seed and a stream number (rank acceptability uses one stream per draw), and
/// its i-th number is a hash of (key, i). A stream's numbers therefore depend on nothing but its key and
/// position: draws can be computed in any order, on any number of cores, with the same result.
public struct SeededRandom: Sendable {
    private var state: UInt64
    private var spareNormal: Double?

    public init(seed: UInt64) { self.state = seed }

    /// The generator for stream `stream` of `seed`: streams of one seed start far apart in SplitMix64's
    /// sequence, at a hash of the pair.
    public init(seed: UInt64, stream: UInt64) {
        self.state = Self.mix(seed ^ 0x6A09_E667_F3BC_C909) ^ Self.mix(stream &* 0x9E37_79B9_7F4A_7C15 &+ 0xBB67_AE85_84CA_A73B)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// SplitMix64's finaliser: a bijection of 64-bit words that spreads every input bit over the output.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
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
