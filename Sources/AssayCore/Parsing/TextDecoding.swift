import Foundation

/// Turns a file's bytes into text the parsers can count lines in.
enum TextDecoding {
    /// UTF-8 text with a byte-order mark dropped and CRLF or CR line endings made LF,
    /// or the location of the first byte that is not UTF-8.
    static func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // The common case, validated in one pass by the standard library; the slow scan only locates a problem.
        // Carriage returns are looked for in the bytes: Foundation's `contains` on a String goes through CFString.
        let hasCarriageReturn = body.contains(0x0D)
        if let bad = ForbiddenCharacters.firstOffset(inUTF8: body), String(validating: body[body.startIndex..<bad], as: UTF8.self) != nil {
            let prefix = body[body.startIndex..<bad]
            let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex
            let character = String(decoding: body[bad...].prefix(3), as: UTF8.self).unicodeScalars.first ?? "\u{0}"
            return .failure(.error(
                at: SourceLocation(file: file, line: prefix.count { $0 == 0x0A } + 1,
                                   column: String(decoding: body[lineStart..<bad], as: UTF8.self).unicodeScalars.count + 1),
                "the file holds the control character \(ForbiddenCharacters.name(character)), which a report cannot show",
                hint: "delete it: it is invisible in most editors (search for \(ForbiddenCharacters.name(character)) or retype the line)"))
        }
        if let valid = String(validating: body, as: UTF8.self) {
            return .success(hasCarriageReturn ? valid.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : valid)
        }
        if let bad = firstInvalidUTF8Offset(body) {
            let prefix = body[body.startIndex..<bad]
            let line = prefix.filter { $0 == 0x0A }.count + 1
            let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex
            let column = String(decoding: body[lineStart..<bad], as: UTF8.self).unicodeScalars.count + 1
            return .failure(.error(
                at: SourceLocation(file: file, line: line, column: column),
                "the file is not valid UTF-8 text",
                hint: "save the file with UTF-8 encoding"))
        }
        var text = String(decoding: body, as: UTF8.self)
        if hasCarriageReturn {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(text)
    }

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
