import AssayTemplates

/// What each page provides to its templates, as Markdown: the reference in `docs/templates.md`, made from the page
/// models themselves so it cannot drift from them (a test compares the two).
public enum TemplateReference {
    public static func markdown() -> String {
        var lines = [
            "# What templates can use",
            "",
            "Generated from the page models (`swift test` checks that this file matches them; run",
            "`RECORD_TEMPLATE_REFERENCE=1 swift test --filter TemplateReferenceTests` after changing a model).",
            "",
            "Every page template is rendered with two frames: the fields every page has (below, *Every page*)",
            "and the page's own. `layout.mustache` has a third, `content`: the page's HTML, to write with",
            "`{{{content}}}`. A name is looked up in the innermost section first, then outwards, as Mustache",
            "does; a name no frame in scope provides is an error when the templates are loaded.",
            "`href` fields and other links are written relative to the page they appear on.",
            "A list that a sentence names (actors, criteria, options, blockers, pairs) gives each element a",
            "`separator`: what follows it in English, so `{{#missing}}<a href=\"{{href}}\">{{title}}</a>{{separator}}{{/missing}}`",
            "reads \"A\", \"A and B\", \"A, B and C\" (pairs and blockers are separated by semicolons).",
            "",
            "## Every page", "",
        ]
        lines += fields(CommonPage.schema.shape, depth: 0)
        for page in PageKind.allCases {
            lines += ["", "## `\(page.template).mustache`", ""]
            let own = fields(page.shape, depth: 0)
            lines += own.isEmpty ? ["Nothing beyond what every page has."] : own
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fields(_ shape: ModelShape, depth: Int) -> [String] {
        var lines: [String] = []
        let indent = String(repeating: "  ", count: depth)
        for (name, kind) in zip(shape.fieldNames, shape.fieldKinds) {
            switch kind {
            case .scalar, .dynamic:
                lines.append("\(indent)- `\(name)`")
            case .model(let inner):
                lines.append("\(indent)- `\(name)`: a section with")
                lines += fields(inner, depth: depth + 1)
            case .list(.model(let inner)):
                lines.append("\(indent)- `\(name)`: a list, each with")
                lines += fields(inner, depth: depth + 1)
            case .list:
                lines.append("\(indent)- `\(name)`: a list of text (`{{.}}`)")
            }
        }
        return lines
    }
}
