import CCmark
import Foundation

/// GFM pipe tables over libcmark, which has no table extension: cmark reads a table as a paragraph (or, with a
/// `===` or `---` line under it, a setext heading); this pass finds those blocks in the source, and puts a table
/// in their place whose cells hold inline nodes cmark parsed, so the article's cells can be quoted and highlighted
/// like any other text.
///
/// Follows the GFM spec's table section (its examples are in the tests), with two differences: alignment is a
/// class (`align-left`, `align-center`, `align-right`), since HTML5 dropped the `align` attribute; and tables are
/// found at the top level, in block quotes and in list items, where each source line's container markers can be
/// read off again.
enum PipeTables {
    /// Cell alignment, from the delimiter row's colons.
    enum Alignment {
        case none, left, center, right

        var attribute: String {
            switch self {
            case .none: return ""
            case .left: return " class=\"align-left\""
            case .center: return " class=\"align-center\""
            case .right: return " class=\"align-right\""
            }
        }
    }

    /// Replaces every block of `document` that is a table in `source` by the table; each cell's Markdown is
    /// sanitised with `policy` when one is given, and what that removed is returned, located in `source`.
    static func apply(_ document: OpaquePointer, source: String, policy: MarkdownPolicy?) -> [MarkdownFinding] {
        // Most texts have no pipe at all: nothing to look at.
        guard source.utf8.contains(UInt8(ascii: "|")) else { return [] }
        let lines = sourceLines(source)
        var candidates: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return [] }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING { candidates.append(node) }
        }
        cmark_iter_free(iterator)
        var findings: [MarkdownFinding] = []
        for node in candidates {
            guard let block = SourceBlock(node, lines: lines), let table = Table(rows: block.lines.map(\.text)) else { continue }
            // Lines before the header row stay a paragraph, as in GFM.
            if table.start > 0 {
                let text = block.lines[..<table.start].map(\.text).joined(separator: "\n")
                let (nodes, found) = parseBlocks(text, policy: policy)
                for child in nodes { cmark_node_insert_before(node, child) }
                findings += found.map { block.locate($0, lineOffset: 0, columnOffset: nil) }
            }
            let (tableNode, found) = render(table, block: block, policy: policy)
            findings += found
            cmark_node_insert_before(node, tableNode)
            cmark_node_free(node)
        }
        return findings
    }

    // MARK: Finding a table

    /// A table's rows as text: `start` is the header row's index among the block's lines.
    struct Table {
        var start: Int
        var header: [Cell]
        var alignments: [Alignment]
        var body: [[Cell]]

        /// The table in `rows` (a block's lines, container markers removed), or nil. The header row and the delimiter
        /// row must have as many cells, and one of them a pipe, so that a setext heading is never read as a table.
        init?(rows: [String]) {
            for index in rows.indices.dropLast() {
                let header = PipeTables.cells(rows[index]), delimiter = PipeTables.cells(rows[index + 1])
                guard header.count == delimiter.count,
                      rows[index].contains("|") || rows[index + 1].contains("|"),
                      let alignments = PipeTables.alignments(delimiter) else { continue }
                start = index
                self.header = header
                self.alignments = alignments
                // Missing cells are empty, extra cells are dropped.
                body = rows[(index + 2)...].map { row in
                    let cells = PipeTables.cells(row)
                    return (0..<header.count).map { $0 < cells.count ? cells[$0] : Cell(text: "", offset: 0) }
                }
                return
            }
            return nil
        }
    }

    /// A cell's text, and the byte offset in its row where that text starts.
    struct Cell: Equatable {
        var text: String
        var offset: Int
    }

    /// A row's cells, trimmed: a leading and a trailing pipe are optional, and `\|` is a pipe inside a cell.
    static func cells(_ row: String) -> [Cell] {
        let bytes = Array(row.utf8)
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        var end = bytes.count
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        var start = 0
        while start < end, isSpace(bytes[start]) { start += 1 }
        if start < end, bytes[start] == UInt8(ascii: "|") { start += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "|"), !(end - 2 >= start && bytes[end - 2] == UInt8(ascii: "\\")) { end -= 1 }
        var cells: [Cell] = []
        var current: [UInt8] = []
        var cellStart = start
        func finish(at index: Int) {
            var first = cellStart
            while first < index, isSpace(bytes[first]) { first += 1 }
            while let last = current.last, isSpace(last) { current.removeLast() }
            while let head = current.first, isSpace(head) { current.removeFirst() }
            cells.append(Cell(text: String(decoding: current, as: UTF8.self), offset: first))
            current = []
            cellStart = index + 1
        }
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "|") {
                current.append(UInt8(ascii: "|"))
                index += 2
                continue
            }
            if byte == UInt8(ascii: "|") { finish(at: index) } else { current.append(byte) }
            index += 1
        }
        finish(at: end)
        return cells
    }

    /// The alignments a delimiter row sets, or nil when it is not one (cells of hyphens, with optional colons).
    static func alignments(_ cells: [Cell]) -> [Alignment]? {
        var result: [Alignment] = []
        for cell in cells.map(\.text) {
            let left = cell.hasPrefix(":"), right = cell.hasSuffix(":") && cell.count > 1
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            result.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return result
    }

    // MARK: Source lines

    /// The source's lines as bytes, without their line endings (cmark's lines: `\n`, `\r\n` or `\r`).
    static func sourceLines(_ source: String) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var previousWasCR = false
        for byte in source.utf8 {
            if byte == 0x0A {
                if !previousWasCR { lines.append(current) }
                current = []
                previousWasCR = false
            } else if byte == 0x0D {
                lines.append(current)
                current = []
                previousWasCR = true
            } else {
                current.append(byte)
                previousWasCR = false
            }
        }
        lines.append(current)
        return lines
    }

    /// A paragraph's or setext heading's lines in the source, with the block quote markers of its containers removed.
    struct SourceBlock {
        struct Line {
            var text: String
            /// The source line (1-based) and the byte column (1-based) where `text` starts.
            var line: Int
            var column: Int
        }

        var lines: [Line]

        init?(_ node: OpaquePointer, lines source: [[UInt8]]) {
            let first = Int(cmark_node_get_start_line(node)), last = Int(cmark_node_get_end_line(node))
            guard first >= 1, last >= first, last <= source.count else { return nil }
            var quotes = 0
            var ancestor = cmark_node_parent(node)
            while let container = ancestor {
                if cmark_node_get_type(container) == CMARK_NODE_BLOCK_QUOTE { quotes += 1 }
                ancestor = cmark_node_parent(container)
            }
            var result: [Line] = []
            for number in first...last {
                let bytes = source[number - 1]
                var start = 0
                if number == first {
                    start = min(bytes.count, max(0, Int(cmark_node_get_start_column(node)) - 1))
                } else {
                    start = Self.skipSpaces(bytes, from: 0)
                    for _ in 0..<quotes where start < bytes.count && bytes[start] == UInt8(ascii: ">") {
                        start = Self.skipSpaces(bytes, from: start + 1)
                    }
                }
                result.append(Line(text: String(decoding: bytes[start...], as: UTF8.self), line: number, column: start + 1))
            }
            if cmark_node_get_type(node) == CMARK_NODE_HEADING {
                // An ATX heading is one line and never a table; a setext heading's underline counts as a row.
                guard result.count >= 2, !result[0].text.hasPrefix("#") else { return nil }
            }
            self.lines = result
        }

        private static func skipSpaces(_ bytes: [UInt8], from index: Int) -> Int {
            var index = index
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            return index
        }

        /// A finding from Markdown parsed on its own (`lineOffset`: the block line it starts on), placed in the source.
        /// With a column offset, the Markdown was one cell starting there; without, it was whole lines of the block.
        func locate(_ finding: MarkdownFinding, lineOffset: Int, columnOffset: Int?) -> MarkdownFinding {
            var located = finding
            let index = min(lines.count - 1, lineOffset + finding.line - 1)
            located.line = lines[index].line
            located.column = (columnOffset ?? (lines[index].column - 1)) + finding.column
            return located
        }
    }

    // MARK: Making the table

    private static func render(_ table: Table, block: SourceBlock, policy: MarkdownPolicy?) -> (OpaquePointer, [MarkdownFinding]) {
        var findings: [MarkdownFinding] = []
        let tableNode = customBlock("<div class=\"table-scroll\" tabindex=\"0\"><table>", "</table></div>")
        func row(_ cells: [Cell], lineIndex: Int, tag: String) -> OpaquePointer {
            let rowNode = customBlock("<tr>", "</tr>")
            let line = block.lines[lineIndex]
            for (index, cell) in cells.enumerated() {
                let alignment = index < table.alignments.count ? table.alignments[index] : .none
                let cellNode = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
                cmark_node_set_on_enter(cellNode, "<\(tag)\(alignment.attribute)>")
                cmark_node_set_on_exit(cellNode, "</\(tag)>")
                let (nodes, found) = parseInlines(cell.text, policy: policy)
                for child in nodes { cmark_node_append_child(cellNode, child) }
                findings += found.map { block.locate($0, lineOffset: lineIndex, columnOffset: line.column - 1 + cell.offset) }
                cmark_node_append_child(rowNode, cellNode)
            }
            return rowNode
        }
        let head = customBlock("<thead>", "</thead>")
        cmark_node_append_child(head, row(table.header, lineIndex: table.start, tag: "th"))
        cmark_node_append_child(tableNode, head)
        if !table.body.isEmpty {
            let body = customBlock("<tbody>", "</tbody>")
            for (offset, cells) in table.body.enumerated() {
                cmark_node_append_child(body, row(cells, lineIndex: table.start + 2 + offset, tag: "td"))
            }
            cmark_node_append_child(tableNode, body)
        }
        return (tableNode, findings)
    }

    private static func customBlock(_ open: String, _ close: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(node, open)
        cmark_node_set_on_exit(node, close)
        return node
    }

    /// A cell's Markdown as inline nodes only: a cell cannot hold a block, so text that would start one (`# a`,
    /// `- a`, `1. a`, `> a`) is read as the text it is, as GFM reads it.
    private static func parseInlines(_ text: String, policy: MarkdownPolicy?) -> ([OpaquePointer], [MarkdownFinding]) {
        guard !text.isEmpty else { return ([], []) }
        for attempt in [text, escapingBlockStart(text)] {
            guard let document = attempt.withCString({ cmark_parse_document($0, strlen($0), CMARK_OPT_DEFAULT) }) else { continue }
            defer { cmark_node_free(document) }
            guard let paragraph = cmark_node_first_child(document), cmark_node_next(paragraph) == nil,
                  cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH else { continue }
            let findings = policy.map { CommonMark.sanitize(document, policy: $0) } ?? []
            let nodes = takeChildren(of: paragraph)
            // The escape added a byte before the cell's text: findings are placed in the cell as written.
            let shift = attempt == text ? 0 : 1
            return (nodes, findings.map { finding in
                var finding = finding
                if finding.line == 1 { finding.column = max(1, finding.column - shift) }
                return finding
            })
        }
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(node, text)
        return ([node], [])
    }

    /// The text with the character that would start a block escaped: the punctuation that opens it, or the `.` or `)`
    /// after an ordered list's number.
    private static func escapingBlockStart(_ text: String) -> String {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        if let first = text.first, first.isASCII, first.isPunctuation || first.isSymbol { return "\\" + text }
        return text
    }

    /// Whole lines of a block parsed as Markdown on their own: the paragraph before a table's header row.
    private static func parseBlocks(_ text: String, policy: MarkdownPolicy?) -> ([OpaquePointer], [MarkdownFinding]) {
        guard let document = text.withCString({ cmark_parse_document($0, strlen($0), CMARK_OPT_DEFAULT) }) else { return ([], []) }
        defer { cmark_node_free(document) }
        let findings = policy.map { CommonMark.sanitize(document, policy: $0) } ?? []
        return (takeChildren(of: document), findings)
    }

    /// A node's children, unlinked from it so that they outlive it.
    private static func takeChildren(of parent: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        while let child = cmark_node_first_child(parent) {
            cmark_node_unlink(child)
            nodes.append(child)
        }
        return nodes
    }
}

extension PipeTables {
    /// Whether a node is a table cell this pass made (cells start a block of the article's text).
    static func isCell(_ node: OpaquePointer) -> Bool {
        guard let open = cmark_node_get_on_enter(node) else { return false }
        return strncmp(open, "<td", 3) == 0 || strncmp(open, "<th", 3) == 0
    }
}
