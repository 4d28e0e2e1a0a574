/// The first pass over a template's UTF-8 bytes: splits it into text runs (never spanning a newline) and tags,
/// applying delimiter changes as it goes, and groups them into lines so the parser can judge standalone tags.
struct TemplateScanner {
    enum TagKind: Equatable {
        case variable, unescaped, section, inverted, close, comment, partial, parent, block, delimiters
    }

    struct Tag {
        var kind: TagKind
        /// The tag's content without sigil, braces or surrounding whitespace.
        var content: String
        /// Byte offset of the opening delimiter: where errors point.
        var start: Int
    }

    enum Token {
        /// Bytes `start..<end`; a text token ends at the latest with a newline.
        case text(Int, Int)
        case tag(Tag)
    }

    let source: [UInt8]
    let templateName: String
    private(set) var tokens: [Token] = []
    /// The logical line of each token: tags spanning newlines (multi-line comments) stay on the line they start on.
    private(set) var lineOfToken: [Int] = []
    private(set) var changesDelimiters = false
    private(set) var errors = ErrorCollector()
    /// Byte offsets where source lines start, for turning offsets into line/column.
    private var sourceLineStarts: [Int] = [0]

    init(source: String, name: String) {
        self.source = Array(source.utf8)
        self.templateName = name
        for (offset, byte) in self.source.enumerated() where byte == UInt8(ascii: "\n") {
            sourceLineStarts.append(offset + 1)
        }
        scan()
    }

    func location(of offset: Int) -> SourceLocation {
        var low = 0, high = sourceLineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sourceLineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var index = sourceLineStarts[low]
        while index < offset {
            if source[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(line: low + 1, column: column)
    }

    private mutating func fail(_ offset: Int, _ message: String) {
        errors.add(templateName, location(of: offset), message)
    }

    private func hasPrefix(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset + bytes.count <= source.count else { return false }
        for index in bytes.indices where source[offset + index] != bytes[index] { return false }
        return true
    }

    private func find(_ bytes: [UInt8], from offset: Int) -> Int? {
        var index = offset
        while index + bytes.count <= source.count {
            if hasPrefix(bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    private func trimmed(_ start: Int, _ end: Int) -> String {
        var start = start, end = end
        while start < end, isWhitespace(source[start]) { start += 1 }
        while end > start, isWhitespace(source[end - 1]) { end -= 1 }
        return String(decoding: source[start..<end], as: UTF8.self)
    }

    private mutating func scan() {
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var line = 0
        var textStart = 0
        var offset = 0
        func flushText(_ end: Int, into scanner: inout TemplateScanner) {
            if end > textStart {
                scanner.tokens.append(.text(textStart, end))
                scanner.lineOfToken.append(line)
            }
        }
        while offset < source.count {
            if source[offset] == UInt8(ascii: "\n") {
                flushText(offset + 1, into: &self)
                line += 1
                offset += 1
                textStart = offset
                continue
            }
            guard hasPrefix(open, at: offset) else { offset += 1; continue }
            flushText(offset, into: &self)
            let tagStart = offset
            let bodyStart = offset + open.count
            let sigil = bodyStart < source.count ? source[bodyStart] : 0
            // Triple mustaches and delimiter changes end in a sequence of their own: `}}}`, `=}}`.
            var terminator = close
            if sigil == UInt8(ascii: "{") { terminator = [UInt8(ascii: "}")] + close }
            if sigil == UInt8(ascii: "=") { terminator = [UInt8(ascii: "=")] + close }
            let searchFrom = sigil == UInt8(ascii: "{") || sigil == UInt8(ascii: "=") ? bodyStart + 1 : bodyStart
            guard let end = find(terminator, from: searchFrom) else {
                fail(tagStart, "a tag is never finished (no closing '\(String(decoding: close, as: UTF8.self))')")
                return
            }
            offset = end + terminator.count
            textStart = offset
            let kind: TagKind
            var contentStart = bodyStart + 1
            switch sigil {
            case UInt8(ascii: "{"), UInt8(ascii: "&"): kind = .unescaped
            case UInt8(ascii: "#"): kind = .section
            case UInt8(ascii: "^"): kind = .inverted
            case UInt8(ascii: "/"): kind = .close
            case UInt8(ascii: "!"): kind = .comment
            case UInt8(ascii: ">"): kind = .partial
            case UInt8(ascii: "<"): kind = .parent
            case UInt8(ascii: "$"): kind = .block
            case UInt8(ascii: "="): kind = .delimiters
            default: kind = .variable; contentStart = bodyStart
            }
            var content = kind == .comment ? "" : trimmed(contentStart, end)
            // `{{> * name }}`: the spec allows spaces between the dynamic marker and the name.
            if kind == .partial || kind == .parent, content.hasPrefix("*") {
                content = "*" + String(content.dropFirst()).trimmingSpaces()
            }
            if kind == .delimiters {
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                if parts.count == 2, !parts.contains(where: { $0.contains("=") }) {
                    open = Array(parts[0].utf8)
                    close = Array(parts[1].utf8)
                    changesDelimiters = true
                } else {
                    fail(tagStart, "a delimiter change must be two delimiters without '=' or spaces, as in {{=<% %>=}}")
                }
            } else if kind != .comment, content.isEmpty {
                fail(tagStart, "a tag has no name")
                continue
            } else if kind != .comment, content.utf8.contains(where: isWhitespace) || content.hasPrefix(String(decoding: open, as: UTF8.self)) {
                fail(tagStart, "a tag is never finished, or its name '\(content)' contains spaces")
                continue
            }
            tokens.append(.tag(Tag(kind: kind, content: content, start: tagStart)))
            lineOfToken.append(line)
        }
        flushText(source.count, into: &self)
    }
}

@inline(__always) func isWhitespace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
}

@inline(__always) func isIndentation(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
}

extension String {
    func trimmingSpaces() -> String {
        var bytes = Substring(self).utf8[...]
        while let first = bytes.first, isWhitespace(first) { bytes = bytes.dropFirst() }
        while let last = bytes.last, isWhitespace(last) { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
