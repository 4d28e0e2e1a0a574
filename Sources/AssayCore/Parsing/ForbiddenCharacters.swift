/// Characters that no text of a report may hold: C0 and C1 control characters other than tab, line feed and carriage
/// return, DEL, and the Unicode noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF. XML forbids them (a feed with one is
/// not a feed), HTML calls them errors, and on a terminal an escape character rewrites what the reader sees.
public enum ForbiddenCharacters {
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// The first forbidden character of `text`, with its offset in Unicode scalars.
    public static func first(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() where isForbidden(scalar) { return (offset, scalar) }
        return nil
    }

    /// The byte offset of the first forbidden character in valid UTF-8: one pass over the bytes, for whole files.
    static func firstOffset(inUTF8 bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D { return index }
            } else if byte == 0x7F {
                return index
            } else if byte == 0xC2, index + 1 < bytes.endIndex, (0x80...0x9F).contains(bytes[index + 1]) {
                return index
            } else if byte == 0xEF, index + 2 < bytes.endIndex {
                let (second, third) = (bytes[index + 1], bytes[index + 2])
                if (second == 0xBF && (third == 0xBE || third == 0xBF)) || (second == 0xB7 && (0x90...0xAF).contains(third)) {
                    return index
                }
            }
            index += 1
        }
        return nil
    }

    /// How a message names one: `U+0007`.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
