/// A 128-bit digest of bytes, for telling whether an input or a page changed between builds.
///
/// Not cryptographic: it guards a build cache against accidental staleness, not against an adversary who
/// could as well edit the cache. Two independent 64-bit lanes keep accidental collisions out of reach.
public struct ContentDigest: Sendable, Hashable, Codable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The digest of `bytes`.
    public static func of(_ bytes: some Sequence<UInt8>) -> ContentDigest {
        var hasher = Hasher128()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest of `bytes` (not generic: the generic one is not specialised across modules, and costs).
    public static func of(_ bytes: [UInt8]) -> ContentDigest {
        var hasher = Hasher128()
        bytes.withUnsafeBytes { hasher.update($0) }
        return hasher.finalize()
    }

    /// The digest of a string's UTF-8 bytes.
    public static func of(_ string: String) -> ContentDigest {
        var hasher = Hasher128()
        var string = string
        string.withUTF8 { hasher.update(UnsafeRawBufferPointer($0)) }
        return hasher.finalize()
    }

    /// 32 lowercase hexadecimal digits.
    public var description: String { Self.hex(high) + Self.hex(low) }

    /// Reads what `description` wrote.
    public init?(hex: String) {
        guard hex.utf8.count == 32, let high = UInt64(hex.prefix(16), radix: 16), let low = UInt64(hex.suffix(16), radix: 16) else {
            return nil
        }
        self.init(high: high, low: low)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let digest = ContentDigest(hex: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a digest: \(text)"))
        }
        self = digest
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Builds a `ContentDigest` from a stream of bytes and framed values.
public struct Hasher128: Sendable {
    // Two lanes with different multipliers and rotations, fed eight bytes at a time, so the two fail
    // independently and a page's worth of bytes costs a few thousand multiplications.
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x9e37_79b9_7f4a_7c15
    private var length: UInt64 = 0

    public init() {}

    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if done == nil { update(Array(bytes)) }
    }

    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
        var a = self.a, b = self.b
        var offset = 0
        while offset + 8 <= buffer.count {
            absorb(buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian, &a, &b)
            offset += 8
        }
        if offset < buffer.count {
            // The tail, padded with zeros; the total length, mixed in at the end, tells "a" from "a\0".
            var word: UInt64 = 0
            for index in offset..<buffer.count { word |= UInt64(buffer[index]) << (8 * UInt64(index - offset)) }
            absorb(word, &a, &b)
        }
        self.a = a
        self.b = b
        length &+= UInt64(buffer.count)
    }

    @inline(__always)
    private func absorb(_ word: UInt64, _ a: inout UInt64, _ b: inout UInt64) {
        a = (a ^ word) &* 0x0000_0100_0000_01b3
        a = (a << 31) | (a >> 33)
        b = (b ^ word) &* 0xff51_afd7_ed55_8ccd
        b = (b << 29) | (b >> 35)
    }

    /// A string, framed by its length so that "ab"+"c" and "a"+"bc" differ.
    public mutating func update(_ string: String) {
        var string = string
        string.withUTF8 { buffer in
            update(integer: UInt64(buffer.count))
            update(UnsafeRawBufferPointer(buffer))
        }
    }

    /// One byte, for tags that tell kinds of values apart.
    public mutating func update(byte: UInt8) {
        withUnsafeBytes(of: byte) { update($0) }
    }

    public mutating func update(integer value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { update($0) }
    }

    public mutating func update(_ digest: ContentDigest) {
        update(integer: digest.high)
        update(integer: digest.low)
    }

    public func finalize() -> ContentDigest {
        ContentDigest(high: Self.mix(a ^ length ^ 0x5851_f42d_4c95_7f2d), low: Self.mix(b ^ (length &* 0x9e37_79b9_7f4a_7c15)))
    }

    // The SplitMix64 finaliser: spreads every input bit over the whole word.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
