/// The second pass: turns the scanner's tokens into a node tree, applying the spec's whitespace rules
/// (standalone lines vanish, their indentation becomes partial/block indentation) and reporting structural errors.
struct TemplateParser {
    private typealias Tag = TemplateScanner.Tag
    private let scanner: TemplateScanner
    private var index = 0
    private var errors: ErrorCollector
    private var nextBlockID: Int
    private var lineFirstToken: [Int] = []
    private var standaloneLine: [Bool] = []

    /// Parses one template; block ids start at `firstBlockID` and the next free one is returned.
    static func parse(_ source: String, name: String, firstBlockID: Int) -> (ParsedTemplate, [TemplateError], Int) {
        var parser = TemplateParser(scanner: TemplateScanner(source: source, name: name), firstBlockID: firstBlockID)
        let nodes = parser.parseNodes(until: nil, parentBody: false).nodes
        let template = ParsedTemplate(name: name, nodes: nodes, changesDelimiters: parser.scanner.changesDelimiters)
        return (template, parser.errors.errors, parser.nextBlockID)
    }

    private init(scanner: TemplateScanner, firstBlockID: Int) {
        self.scanner = scanner
        self.errors = scanner.errors
        self.nextBlockID = firstBlockID
        for (position, line) in scanner.lineOfToken.enumerated() where line >= lineFirstToken.count {
            while lineFirstToken.count < line { lineFirstToken.append(position) }
            lineFirstToken.append(position)
        }
        lineFirstToken.append(scanner.tokens.count)
        for line in 0..<(lineFirstToken.count - 1) { standaloneLine.append(isStandalone(line: line)) }
    }

    // MARK: Line analysis

    private func tokens(of line: Int) -> Range<Int> { lineFirstToken[line]..<lineFirstToken[line + 1] }

    private func isBlank(_ token: TemplateScanner.Token) -> Bool {
        guard case .text(let start, let end) = token else { return false }
        var offset = start
        while offset < end, isIndentation(scanner.source[offset]) { offset += 1 }
        if offset < end, scanner.source[offset] == UInt8(ascii: "\r") { offset += 1 }
        if offset < end, scanner.source[offset] == UInt8(ascii: "\n") { offset += 1 }
        return offset == end
    }

    /// A line holding one tag that renders nothing in place (and whitespace) is removed entirely. Parent tags are
    /// judged at their closing tag instead, since their opening and closing may share a line.
    private func isStandalone(line: Int) -> Bool {
        var tags = 0
        for position in tokens(of: line) {
            switch scanner.tokens[position] {
            case .text: if !isBlank(scanner.tokens[position]) { return false }
            case .tag(let tag):
                tags += 1
                if tag.kind == .variable || tag.kind == .unescaped || tag.kind == .parent { return false }
            }
        }
        return tags == 1
    }

    private func onlyBlanksBefore(_ position: Int) -> Bool {
        let line = scanner.lineOfToken[position]
        return (lineFirstToken[line]..<position).allSatisfy { isBlank(scanner.tokens[$0]) }
    }

    private func onlyBlanksAfter(_ position: Int) -> Bool {
        let line = scanner.lineOfToken[position]
        return ((position + 1)..<lineFirstToken[line + 1]).allSatisfy { isBlank(scanner.tokens[$0]) }
    }

    private func leadingIndentation(line: Int) -> [UInt8] {
        guard line < standaloneLine.count, !tokens(of: line).isEmpty,
              case .text(let start, let end) = scanner.tokens[lineFirstToken[line]] else { return [] }
        var offset = start
        while offset < end, isIndentation(scanner.source[offset]) { offset += 1 }
        return Array(scanner.source[start..<offset])
    }

    private mutating func skipRestOfLine(_ line: Int) {
        while index < scanner.tokens.count, scanner.lineOfToken[index] == line { index += 1 }
    }

    // MARK: Tree building

    private mutating func fail(_ tag: Tag, _ message: String) {
        errors.add(scanner.templateName, scanner.location(of: tag.start), message)
    }

    private mutating func name(_ text: String, _ tag: Tag) -> TemplateName {
        if text == "." { return TemplateName(parts: [], anchored: false) }
        let anchored = text.hasPrefix(".")
        let parts = (anchored ? String(text.dropFirst()) : text).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.contains(where: \.isEmpty) { fail(tag, "'\(text)' is not a valid name") }
        return TemplateName(parts: parts, anchored: anchored)
    }

    private mutating func reference(_ tag: Tag) -> TemplateReference {
        tag.content.hasPrefix("*") ? .dynamic(name(String(tag.content.dropFirst()), tag)) : .named(tag.content)
    }

    private static func append(_ bytes: ArraySlice<UInt8>, to nodes: inout [TemplateNode]) {
        guard !bytes.isEmpty else { return }
        if case .text(var previous) = nodes.last {
            previous.append(contentsOf: bytes)
            nodes[nodes.count - 1] = .text(previous)
        } else {
            nodes.append(.text(Array(bytes)))
        }
    }

    /// Parses until the closing tag named `closing` (consumed) or the end. In a parent's body only blocks count.
    private mutating func parseNodes(until closing: Tag?, parentBody: Bool)
        -> (nodes: [TemplateNode], blocks: [BlockNode], closeTag: Int?, carried: TemplateNode?) {
        var nodes: [TemplateNode] = []
        var blocks: [BlockNode] = []
        while index < scanner.tokens.count {
            let position = index
            let line = scanner.lineOfToken[position]
            var textStart: Int? = nil
            if case .text(let start, _) = scanner.tokens[position] { textStart = start }
            if position == lineFirstToken[line], !standaloneLine[line] {
                let indentation = leadingIndentation(line: line)
                if !parentBody { nodes.append(.lineStart(indentation)) }
                textStart = textStart.map { $0 + indentation.count }
            }
            index += 1
            let tag: Tag
            switch scanner.tokens[position] {
            case .text(_, let end):
                if !standaloneLine[line], !parentBody, let start = textStart {
                    Self.append(scanner.source[start..<end], to: &nodes)
                }
                continue
            case .tag(let found): tag = found
            }
            let location = scanner.location(of: tag.start)
            if parentBody, ![.block, .close, .comment, .delimiters].contains(tag.kind) {
                fail(tag, "only blocks ({{$name}}) may appear inside the parent tag '\(closing?.content ?? "")'")
            }
            switch tag.kind {
            case .comment, .delimiters:
                break
            case .variable, .unescaped:
                nodes.append(.variable(name(tag.content, tag), escaped: tag.kind == .variable, location))
            case .section, .inverted:
                let inner = parseNodes(until: tag, parentBody: false)
                nodes.append(.section(name(tag.content, tag), inverted: tag.kind == .inverted, inner.nodes, location))
                if let carried = inner.carried { nodes.append(carried) }
            case .partial:
                nodes.append(.partial(reference(tag), indent: standaloneLine[line] ? leadingIndentation(line: line) : nil, location))
            case .parent:
                let reference = reference(tag)
                let body = parseNodes(until: tag, parentBody: true)
                var indent: [UInt8]? = nil
                // Opening at the start of a line and closing at the end of one makes the parent standalone: the
                // line's indentation, already emitted as a line start, becomes the parent's indentation.
                if let close = body.closeTag, onlyBlanksAfter(close) {
                    if onlyBlanksBefore(position), case .lineStart(let whitespace) = nodes.last {
                        nodes.removeLast()
                        indent = whitespace
                        skipRestOfLine(scanner.lineOfToken[close])
                    } else if standaloneLine[scanner.lineOfToken[close]] {
                        skipRestOfLine(scanner.lineOfToken[close])
                    }
                }
                nodes.append(.parent(reference, indent: indent, overrides: body.blocks, location))
            case .block:
                let standalone = parentBody ? onlyBlanksAfter(position) : standaloneLine[line]
                if standalone { skipRestOfLine(line) }
                let indent = standalone ? leadingIndentation(line: line + 1)
                    : (onlyBlanksBefore(position) ? leadingIndentation(line: line) : [])
                let inner = parseNodes(until: tag, parentBody: false)
                let block = BlockNode(name: tag.content, content: inner.nodes, indent: indent, standalone: standalone,
                                      id: nextBlockID, template: scanner.templateName, location: location)
                nextBlockID += 1
                if parentBody { blocks.append(block) } else { nodes.append(.block(block)) }
                if let carried = inner.carried, !parentBody { nodes.append(carried) }
            case .close:
                guard let open = closing else {
                    fail(tag, "'{{/\(tag.content)}}' closes a section that was never opened")
                    continue
                }
                if tag.content != open.content {
                    let at = scanner.location(of: open.start)
                    fail(tag, "'{{/\(tag.content)}}' does not match the open section '\(open.content)' (line \(at.line), column \(at.column))")
                }
                // A closing tag that starts a line leaves that line's start outside what it closes, so content
                // following it on the line is indented, and the closed content does not end with a bare indent.
                var carried: TemplateNode? = nil
                if case .lineStart? = nodes.last, onlyBlanksBefore(position) { carried = nodes.removeLast() }
                return (nodes, blocks, position, carried)
            }
        }
        if let open = closing {
            let what = open.kind == .parent ? "parent" : open.kind == .block ? "block" : "section"
            fail(open, "the \(what) '\(open.content)' is never closed")
        }
        return (nodes, blocks, nil, nil)
    }
}
