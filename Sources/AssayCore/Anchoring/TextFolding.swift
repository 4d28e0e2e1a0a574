/// The equivalences quote matching ignores: white-space runs, typographic quotes, dashes.
public enum TextFolding {
    /// What a scalar counts as when matching; `nil` for invisible characters that never count.
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return " "
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
            return nil
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x02BC:
            return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x00AB, 0x00BB:
            return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return "-"
        default:
            return scalar
        }
    }

    /// `text` folded, with white-space runs collapsed and the ends trimmed.
    public static func fold(_ text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            guard let folded = fold(scalar) else { continue }
            if folded == " " && (result.isEmpty || result.last == " ") { continue }
            result.append(folded)
        }
        if result.last == " " { result.removeLast() }
        return result
    }
}
