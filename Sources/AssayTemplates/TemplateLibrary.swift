/// A set of Mustache templates, parsed once, that can render dynamically (spec semantics) or bind a template to
/// typed models for fast, strict rendering.
public struct TemplateLibrary: Sendable {
    let templates: [String: ParsedTemplate]

    /// sources: template name (path without ".mustache", e.g. "option", "partials/evidence") → text.
    /// Parses every template once; throws every syntax error found (all templates, not just the first).
    public init(sources: [String: String]) throws(TemplateErrors) {
        var templates: [String: ParsedTemplate] = [:]
        var errors: [TemplateError] = []
        var nextBlockID = 0
        // Sorted so block ids, and so error order, do not depend on dictionary order.
        for name in sources.keys.sorted() {
            let (template, found, next) = TemplateParser.parse(sources[name]!, name: name, firstBlockID: nextBlockID)
            templates[name] = template
            errors += found
            nextBlockID = next
        }
        guard errors.isEmpty else { throw TemplateErrors(errors: errors) }
        self.templates = templates
    }

    public var names: Set<String> { Set(templates.keys) }

    /// Spec-compliant dynamic rendering (missing names and missing partials render as nothing).
    public func render(_ name: String, _ value: TemplateValue, linkPrefix: String = "") -> String {
        var buffer: [UInt8] = []
        render(name, stack: [value], linkPrefix: linkPrefix, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Renders with a whole context stack (bottom first), appending UTF-8 bytes to `buffer`; `linkPrefix` is
    /// written before every `.link` value.
    public func render(_ name: String, stack: [TemplateValue], linkPrefix: String = "", into buffer: inout [UInt8]) {
        guard let template = templates[name] else { return }
        var renderer = TemplateRenderer(templates: templates, stack: stack, linkPrefix: linkPrefix)
        renderer.render(template.nodes, into: &buffer)
    }

    /// Binds a template — with the partials and parents it reaches inlined — to a context stack whose kinds are
    /// known (bottom of the stack first). Every name is resolved once, here, to (frame, field index) paths.
    /// Strict: a name no frame provides, a missing partial, or a dynamic partial name ({{>*x}}) is an error located
    /// at the tag (in the template where the tag is written, e.g. in the partial's file), with candidates = the
    /// field names of the frames in scope (for a missing partial: the library's template names). All errors of
    /// the template are collected, then thrown. Frames of kind `.dynamic` resolve names at render time by key,
    /// falling back to the frames below them, and are never an error.
    public func bind(_ name: String, stack: [FieldKind]) throws(TemplateErrors) -> BoundTemplate {
        guard let template = templates[name] else {
            throw TemplateErrors(errors: [TemplateError(template: name, line: 1, column: 1,
                message: "the template '\(name)' does not exist", candidates: templates.keys.sorted())])
        }
        var binder = TemplateBinder(templates: templates, stack: stack)
        binder.bindTemplate(template)
        return try binder.finish()
    }

    /// Names of the templates `name` reaches through partials and parents (itself included; only templates that
    /// exist), and whether it reaches a dynamic partial or a delimiter change (callers then treat the page as
    /// depending on every template).
    public func reachable(from name: String) -> (templates: Set<String>, isOpenEnded: Bool) {
        var seen: Set<String> = []
        var openEnded = false
        var pending = [name]
        func visit(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text, .lineStart, .variable: break
                case .section(_, _, let children, _): visit(children)
                case .block(let block): visit(block.content)
                case .partial(let reference, _, _), .parent(let reference, _, _, _):
                    if case .named(let target) = reference { pending.append(target) } else { openEnded = true }
                    if case .parent(_, _, let blocks, _) = node { blocks.forEach { visit($0.content) } }
                }
            }
        }
        while let next = pending.popLast() {
            guard !seen.contains(next), let template = templates[next] else { continue }
            seen.insert(next)
            if template.changesDelimiters { openEnded = true }
            visit(template.nodes)
        }
        return (seen, openEnded)
    }
}
