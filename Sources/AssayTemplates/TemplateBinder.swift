/// Turns a parsed template, with everything it includes, into a flat `TemplateProgram` for one context stack of
/// known kinds. Partials, parents and blocks are inlined here, and indentation is folded into the literal text,
/// so rendering never deals with either.
struct TemplateBinder {
    let templates: [String: ParsedTemplate]
    /// The kinds of the frames at the current point of the template (bottom first).
    var kinds: [FieldKind]
    let frameCount: Int
    var errors = ErrorCollector()
    /// The template whose nodes are being bound: errors are located in it.
    var currentTemplate = ""

    private var ops: [Op] = []
    private var references: [ValueReference] = []
    private var text: [UInt8] = []
    private var pendingText: [UInt8] = []
    private var layers: [IndentLayer] = []
    private var overrides: [String: BlockNode] = [:]
    /// Templates being inlined, with the overrides in force: meeting one again means endless inlining.
    private var inclusions: [(name: String, overrides: [String: Int])] = []
    /// Block overrides being expanded: reaching one again means it contains its own name and never ends.
    private var expanding: Set<Int> = []
    /// Bounds templates whose inclusions branch deeply (each level including several others).
    static let maximumOps = 4_000_000

    init(templates: [String: ParsedTemplate], stack: [FieldKind]) {
        self.templates = templates
        self.kinds = stack
        self.frameCount = stack.count
    }

    mutating func bindTemplate(_ template: ParsedTemplate) {
        currentTemplate = template.name
        inclusions.append((template.name, [:]))
        bind(template.nodes)
    }

    mutating func finish() throws(TemplateErrors) -> BoundTemplate {
        guard errors.errors.isEmpty else { throw TemplateErrors(errors: errors.errors) }
        flushText()
        return BoundTemplate(program: TemplateProgram(ops: ops, references: references, text: text, frameCount: frameCount))
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        ops.append(.text(start: text.count, end: text.count + pendingText.count))
        text.append(contentsOf: pendingText)
        pendingText.removeAll(keepingCapacity: true)
    }

    private mutating func addReference(_ reference: ValueReference) -> Int {
        references.append(reference)
        return references.count - 1
    }

    mutating func bind(_ nodes: some Sequence<TemplateNode>) {
        for node in nodes { bind(node) }
    }

    mutating func bind(_ node: TemplateNode) {
        switch node {
        case .text(let bytes):
            pendingText.append(contentsOf: bytes)
        case .lineStart(let whitespace):
            pendingText.append(contentsOf: layers.isEmpty ? whitespace : layers.apply(to: whitespace))
        case .variable(let name, let escaped, let location):
            guard let (reference, _) = resolve(name, at: location) else { return }
            flushText()
            ops.append(.value(reference: addReference(reference), escaped: escaped))
        case .section(let name, let inverted, let children, let location):
            guard let (reference, kind) = resolve(name, at: location) else { return }
            flushText()
            let opIndex = ops.count
            let referenceIndex = addReference(reference)
            ops.append(.text(start: 0, end: 0))
            if inverted {
                bind(children)
            } else {
                // The frame a section pushes: a list's element, or the value itself.
                if case .list(let element) = kind { kinds.append(element) } else { kinds.append(kind) }
                bind(children)
                kinds.removeLast()
            }
            flushText()
            ops[opIndex] = inverted ? .inverted(reference: referenceIndex, end: ops.count)
                                    : .section(reference: referenceIndex, end: ops.count)
        case .partial(let reference, let indent, let location):
            include(reference, indent: indent, blocks: [], at: location)
        case .parent(let reference, let indent, let blocks, let location):
            include(reference, indent: indent, blocks: blocks, at: location)
        case .block(let site):
            guard let override = overrides[site.name], override.id != site.id else {
                bind(site.content)
                return
            }
            guard !expanding.contains(override.id) else {
                errors.add(currentTemplate, site.location, "the block '\(site.name)' expands into itself")
                return
            }
            expanding.insert(override.id)
            let savedTemplate = currentTemplate
            currentTemplate = override.template
            layers.append(IndentLayer(remove: override.indent, add: site.indent))
            var content = override.content[...]
            // An inline site continues its own line: the override's first line start is not a new line here.
            if !site.standalone, case .lineStart? = content.first { content = content.dropFirst() }
            bind(content)
            layers.removeLast()
            currentTemplate = savedTemplate
            expanding.remove(override.id)
        }
    }

    /// Inlines a partial or parent; see `TemplateRenderer.include` for the indentation rules.
    private mutating func include(_ reference: TemplateReference, indent: [UInt8]?, blocks: [BlockNode], at location: SourceLocation) {
        guard case .named(let name) = reference else {
            errors.add(currentTemplate, location,
                       "a dynamic partial name cannot be bound: name the partial in the template")
            return
        }
        guard let template = templates[name] else {
            errors.add(currentTemplate, location, "the partial '\(name)' does not exist", candidates: templates.keys.sorted())
            return
        }
        guard ops.count < Self.maximumOps else {
            errors.add(currentTemplate, location, "the template expands to more than \(Self.maximumOps) operations")
            return
        }
        let saved = (layers, overrides, currentTemplate)
        var body: [String: BlockNode] = [:]
        for block in blocks { body[block.name] = block }
        for (blockName, block) in body where overrides[blockName] == nil { overrides[blockName] = block }
        let state = (name: name, overrides: overrides.mapValues(\.id))
        guard !inclusions.contains(where: { $0.name == state.name && $0.overrides == state.overrides }) else {
            errors.add(currentTemplate, location,
                       "the partial '\(name)' includes itself; recursive partials cannot be bound")
            overrides = saved.1
            return
        }
        if let indent { layers.append(IndentLayer(remove: [], add: indent)) } else { layers = [] }
        inclusions.append(state)
        currentTemplate = name
        bind(template.nodes)
        inclusions.removeLast()
        (layers, overrides, currentTemplate) = saved
    }
}
