/// Spec-compliant rendering straight from the parsed node trees: names are looked up by key at render time,
/// missing names and missing partials render nothing, and dynamic partial names work.
struct TemplateRenderer {
    let templates: [String: ParsedTemplate]
    var stack: [TemplateValue]
    let linkPrefix: LinkPrefix
    /// Indentation in force for template lines (innermost last).
    var layers: [IndentLayer] = []
    /// Block overrides in force: the outermost parent call's override of a name wins.
    var overrides: [String: BlockNode] = [:]
    /// Inclusions (partials, parents, block expansions) currently open: bounds runaway recursion.
    var depth = 0
    static let maximumDepth = 100
    /// Templates being included, with the stack height and overrides at the time: including one again in the
    /// same state cannot make progress (the stack only grows along a chain), so it renders nothing instead.
    var chain: [(name: String, frames: Int, overrides: [String: BlockNode])] = []
    /// Block overrides being expanded: one that reaches its own name again would expand forever.
    var expanding: Set<Int> = []
    /// Total inclusions per render: bounds templates whose recursion branches (each level including twice).
    var budget = 200_000

    init(templates: [String: ParsedTemplate], stack: [TemplateValue], linkPrefix: String) {
        self.templates = templates
        self.linkPrefix = LinkPrefix(linkPrefix)
        self.stack = stack
        self.stack.reserveCapacity(stack.count + 8)
    }

    func lookup(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.parts.first else { return stack.last }
        var found: TemplateValue?
        if name.anchored {
            found = stack.last?.child(named: first)
        } else {
            for frame in stack.reversed() {
                if let value = frame.child(named: first) { found = value; break }
            }
        }
        // Later parts are looked up only inside what the first part found: no fallback to outer frames.
        for part in name.parts.dropFirst() {
            guard let value = found?.child(named: part) else { return nil }
            found = value
        }
        return found
    }

    private func templateName(_ reference: TemplateReference) -> String? {
        switch reference {
        case .named(let name): return name
        case .dynamic(let name):
            if case .text(let text)? = lookup(name) { return text }
            return nil
        }
    }

    mutating func render(_ nodes: [TemplateNode], into buffer: inout [UInt8]) {
        for node in nodes { render(node, into: &buffer) }
    }

    mutating func render(_ node: TemplateNode, into buffer: inout [UInt8]) {
        switch node {
        case .text(let bytes):
            buffer.append(contentsOf: bytes)
        case .lineStart(let whitespace):
            buffer.append(contentsOf: layers.isEmpty ? whitespace : layers.apply(to: whitespace))
        case .variable(let name, let escaped, _):
            if let value = lookup(name) { HTMLByteEscaping.append(value, escaped: escaped, linkPrefix: linkPrefix, to: &buffer) }
        case .section(let name, let inverted, let children, _):
            let value = lookup(name) ?? .null
            if inverted {
                if !value.isTruthy { render(children, into: &buffer) }
            } else if case .list(let list) = value {
                for item in 0..<list.count {
                    stack.append(list[item: item])
                    render(children, into: &buffer)
                    stack.removeLast()
                }
            } else if value.isTruthy {
                stack.append(value)
                render(children, into: &buffer)
                stack.removeLast()
            }
        case .partial(let reference, let indent, _):
            guard let name = templateName(reference), let template = templates[name] else { return }
            include(template, indent: indent, overriding: [], into: &buffer)
        case .parent(let reference, let indent, let blocks, _):
            guard let name = templateName(reference), let template = templates[name] else { return }
            include(template, indent: indent, overriding: blocks, into: &buffer)
        case .block(let site):
            guard let override = overrides[site.name], override.id != site.id else {
                render(site.content, into: &buffer)
                return
            }
            guard depth < Self.maximumDepth, budget > 0, !expanding.contains(override.id) else { return }
            depth += 1
            budget -= 1
            expanding.insert(override.id)
            defer { expanding.remove(override.id) }
            layers.append(IndentLayer(remove: override.indent, add: site.indent))
            var content = override.content[...]
            // An inline site continues its own line: the override's first line start is not a new line here.
            if !site.standalone, case .lineStart? = content.first { content = content.dropFirst() }
            for child in content { render(child, into: &buffer) }
            layers.removeLast()
            depth -= 1
        }
    }

    /// Renders an included template: a standalone tag indents its lines; an inline one starts mid-line, where the
    /// including template's indentation does not apply (as if the spec's textual indentation had been done).
    private mutating func include(_ template: ParsedTemplate, indent: [UInt8]?, overriding blocks: [BlockNode], into buffer: inout [UInt8]) {
        guard depth < Self.maximumDepth, budget > 0 else { return }
        budget -= 1
        let savedLayers = layers
        let savedOverrides = overrides
        if let indent { layers.append(IndentLayer(remove: [], add: indent)) } else { layers = [] }
        // Within one parent tag the last block of a name wins; across nested parent calls the outermost does.
        var body: [String: BlockNode] = [:]
        for block in blocks { body[block.name] = block }
        for (name, block) in body where overrides[name] == nil { overrides[name] = block }
        let state = (name: template.name, frames: stack.count, overrides: overrides)
        guard !chain.contains(where: { $0.name == state.name && $0.frames == state.frames && Self.same($0.overrides, state.overrides) }) else {
            layers = savedLayers
            overrides = savedOverrides
            return
        }
        chain.append(state)
        depth += 1
        render(template.nodes, into: &buffer)
        depth -= 1
        chain.removeLast()
        layers = savedLayers
        overrides = savedOverrides
    }

    private static func same(_ a: [String: BlockNode], _ b: [String: BlockNode]) -> Bool {
        a.count == b.count && a.allSatisfy { b[$0.key]?.id == $0.value.id }
    }
}
