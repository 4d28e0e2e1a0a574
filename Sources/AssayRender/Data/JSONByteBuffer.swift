import Foundation

/// A growable byte buffer for `PrettyJSONEncoder`, written through a pointer: `[UInt8].append` checks uniqueness and
/// capacity on every byte, and this runs once per byte of report.json. Its owner calls `deallocate()` (or `bytes()`,
/// which also frees it) exactly once.
struct JSONByteBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    func deallocate() { base.deallocate() }

    /// The bytes written, as an array with room for one more byte (data files end with a line break); the buffer is
    /// freed.
    func bytes() -> [UInt8] {
        defer { base.deallocate() }
        return [UInt8](unsafeUninitializedCapacity: count + 1) { array, initialized in
            array.baseAddress!.initialize(from: base, count: count)
            initialized = count
        }
    }

    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(2 * capacity, count + extra))
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = max(2 * capacity, count + extra)
    }

    mutating func removeLast(_ n: Int) { count -= n }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// A line break and `2 * depth` spaces.
    mutating func newline(indent depth: Int) {
        reserve(1 + 2 * depth)
        base[count] = 0x0A
        (base + count + 1).initialize(repeating: UInt8(ascii: " "), count: 2 * depth)
        count += 1 + 2 * depth
    }

    /// A JSON string as Foundation writes it: `"`, `\` and U+0000–U+001F escaped (`\u00xx` in lower-case hex where
    /// there is no short form), everything else, `/` included, as it is.
    mutating func appendString(_ text: String) {
        append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time while none needs escaping (the usual case).
                if index + 8 <= utf8.count, !Self.mayNeedEscaping(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                    index += 1
                    continue
                }
                append(UnsafeBufferPointer(rebasing: utf8[start..<index]))
                append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
                case 0x08: append(UInt8(ascii: "b"))
                case 0x09: append(UInt8(ascii: "t"))
                case 0x0A: append(UInt8(ascii: "n"))
                case 0x0C: append(UInt8(ascii: "f"))
                case 0x0D: append(UInt8(ascii: "r"))
                default:
                    let hex: StaticString = "0123456789abcdef"
                    append("u00")
                    append(hex.utf8Start[Int(byte >> 4)])
                    append(hex.utf8Start[Int(byte & 0x0F)])
                }
                index += 1
                start = index
            }
            append(UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes may be below 0x20, `"` or `\` (no false negatives).
    @inline(__always) private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        // A byte is zero, or below 0x20, where subtracting sets its high bit though it was clear.
        let below = (word &- ones &* 0x20) & ~word
        let zeroQuote = (quotes &- ones) & ~quotes
        let zeroBackslash = (backslashes &- ones) & ~backslashes
        return (below | zeroQuote | zeroBackslash) & highs != 0
    }
}
