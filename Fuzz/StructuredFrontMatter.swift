// A structure-aware front of the fuzz target: input bytes read as instructions that write front matter in the shapes
// that break YAML readers (deep flow and block nesting, anchors and aliases, long scalars, escapes that make control
// characters, bytes that are not UTF-8), so that short inputs reach them. `FuzzAssayCore.swift` uses it for inputs
// whose first byte is 0xF0 or above; Tests/AssayCoreTests/Fuzzing links to this file too.

/// The file written by `instructions`: front matter of an option, its last key built from the instructions.
func structuredFrontMatter(_ instructions: ArraySlice<UInt8>) -> [UInt8] {
    var out = Array("---\ntitle: t\nsummary: s\nx: ".utf8)
    var open: [UInt8] = []
    var index = instructions.startIndex
    func operand() -> UInt8 {
        guard index < instructions.endIndex else { return 0 }
        defer { index += 1 }
        return instructions[index]
    }
    let escapes = ["\\x07", "\\uFFFE", "\\e", "\\u00e9", "\\t", "\\\"", "\\0", "\\U0001F600", "\\x85"]
    let oddBytes: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF], [0x00], [0xC2, 0x85], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]
    // Bounded, so a long input cannot make an unbounded file: 4 MB is well past the reader's own limit.
    while index < instructions.endIndex && out.count < 4 << 20 {
        let op = operand() % 13
        switch op {
        case 0: out += Array("[".utf8); open.append(UInt8(ascii: "]"))
        case 1: out += Array("{".utf8); open.append(UInt8(ascii: "}"))
        case 2: if let close = open.popLast() { out.append(close) }
        case 3: out += Array("v\(operand())".utf8)
        case 4: out += [UInt8](repeating: UInt8(ascii: "a"), count: Int(operand()) * 1024)
        case 5: out += Array("&a\(operand() % 8) ".utf8)
        case 6: out += Array("*a\(operand() % 8)".utf8)
        case 7: out += Array("\"x\(escapes[Int(operand()) % escapes.count])y\"".utf8)
        case 8:
            let depth = Int(operand() % 100)
            out += Array(("\n" + String(repeating: "  ", count: depth) + "k\(depth):").utf8)
        case 9: out += oddBytes[Int(operand()) % oddBytes.count]
        case 10: out += Array(", ".utf8)
        case 11:
            // Many levels at once: a short input reaches the depths that once crashed and stalled builds.
            let levels = Int(operand()) * 256
            out += [UInt8](repeating: UInt8(ascii: "["), count: levels)
            open += [UInt8](repeating: UInt8(ascii: "]"), count: levels)
        default: out += Array(": ".utf8)
        }
    }
    out += open.reversed()
    return out + Array("\n---\nThe body.\n".utf8)
}
