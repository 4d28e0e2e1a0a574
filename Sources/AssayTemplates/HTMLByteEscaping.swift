/// HTML escaping and value formatting straight into a byte buffer: `<` `>` `&` `"` `'` become `&lt;` `&gt;` `&amp;`
/// `&quot;` `&#39;`, safe in text and in quoted attribute values alike.
public enum HTMLByteEscaping {
    /// Bit n is set when byte n needs escaping; all five special characters are below 64, and no byte of a
    /// multi-byte UTF-8 sequence is, so scanning bytes cannot split or miss a character.
    static let specialMask: UInt64 =
        1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 64 && specialMask & (1 << UInt64(byte)) != 0
    }

    static let amp: [UInt8] = Array("&amp;".utf8)
    static let lt: [UInt8] = Array("&lt;".utf8)
    static let gt: [UInt8] = Array("&gt;".utf8)
    static let quot: [UInt8] = Array("&quot;".utf8)
    static let apos: [UInt8] = Array("&#39;".utf8)

    /// Appends `bytes`, escaped; runs without special characters are appended in one call.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if needsEscape(byte) {
                if index > runStart { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                switch byte {
                case UInt8(ascii: "&"): buffer.append(contentsOf: amp)
                case UInt8(ascii: "<"): buffer.append(contentsOf: lt)
                case UInt8(ascii: ">"): buffer.append(contentsOf: gt)
                case UInt8(ascii: "\""): buffer.append(contentsOf: quot)
                default: buffer.append(contentsOf: apos)
                }
                runStart = index + 1
            }
            index += 1
        }
        if count > runStart { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }

    static func appendEscaped(_ text: String, to buffer: inout [UInt8]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &buffer) }
        if done == nil {
            // Bridged or otherwise non-contiguous strings: copy once, then take the same path.
            Array(text.utf8).withUnsafeBufferPointer { appendEscaped($0, to: &buffer) }
        }
    }

    /// `text` escaped by the same rule as a template's `{{name}}`: the one HTML escaper of the project, for markup
    /// written outside the templates too. Text with nothing to escape is returned as it is, without a copy.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text, to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    static func appendRaw(_ text: String, to buffer: inout [UInt8]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { buffer.append(contentsOf: $0) }
        if done == nil { buffer.append(contentsOf: text.utf8) }
    }

    /// Writes an integer's decimal digits without creating a `String`.
    static func appendDecimal(_ value: Int, to buffer: inout [UInt8]) {
        if value == 0 { buffer.append(UInt8(ascii: "0")); return }
        var magnitude = value.magnitude
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        let start = buffer.count
        while magnitude > 0 {
            buffer.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10))
            magnitude /= 10
        }
        buffer[start...].reverse()
    }

    /// `{{x}}` / `{{{x}}}`: text, numbers and flags as swift-mustache prints them (`String(describing:)`);
    /// null renders nothing, and so do lists and objects (swift-mustache would print a Swift debug description).
    static func append(_ value: TemplateValue, escaped: Bool, linkPrefix: LinkPrefix, to buffer: inout [UInt8]) {
        switch value {
        case .text(let text):
            if escaped { appendEscaped(text, to: &buffer) } else { appendRaw(text, to: &buffer) }
        case .link(let path):
            buffer.append(contentsOf: escaped ? linkPrefix.escaped : linkPrefix.raw)
            if escaped { appendEscaped(path, to: &buffer) } else { appendRaw(path, to: &buffer) }
        case .bytes(let bytes):
            if escaped { bytes.withUnsafeBufferPointer { appendEscaped($0, to: &buffer) } } else { buffer.append(contentsOf: bytes) }
        case .producer(let producer):
            if escaped {
                var produced: [UInt8] = []
                producer.write(&produced)
                produced.withUnsafeBufferPointer { appendEscaped($0, to: &buffer) }
            } else {
                producer.write(&buffer)
            }
        case .int(let int): appendDecimal(int, to: &buffer)
        case .bool(let flag): buffer.append(contentsOf: flag ? trueBytes : falseBytes)
        case .double(let double): buffer.append(contentsOf: double.description.utf8)
        case .null, .list, .model, .object: break
        }
    }

    static let trueBytes: [UInt8] = Array("true".utf8)
    static let falseBytes: [UInt8] = Array("false".utf8)
}

extension TemplateValue {
    /// Section truthiness as in swift-mustache: only null, false and empty lists are falsy; empty text and 0 are
    /// truthy.
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let flag): return flag
        case .list(let list): return list.count > 0
        case .int, .double, .text, .link, .bytes, .producer, .model, .object: return true
        }
    }
}

/// The prefix written before every `.link` value of one render, prepared once in both forms.
struct LinkPrefix {
    let raw: [UInt8]
    let escaped: [UInt8]

    init(_ prefix: String) {
        raw = Array(prefix.utf8)
        var escaped: [UInt8] = []
        HTMLByteEscaping.appendEscaped(prefix, to: &escaped)
        self.escaped = escaped
    }
}
