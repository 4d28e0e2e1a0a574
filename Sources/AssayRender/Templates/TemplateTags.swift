import Foundation

/// The tags of a Mustache template with their line and column, for the checks swift-mustache does not make:
/// partials that do not exist and variables the report does not provide.
enum TemplateTags {
    struct Tag {
        /// The tag's first character when it has one (`#`, `^`, `/`, `>`, `!`, `&`, …), or nil for a plain variable.
        var sigil: Character?
        var name: String
        var line: Int
        var column: Int
    }

    static func scan(_ template: String) -> [Tag] {
        var tags: [Tag] = []
        for (lineIndex, line) in template.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                var body = rest[open.upperBound...]
                if body.hasPrefix("{") { body = body.dropFirst() }  // {{{name}}}: unescaped, a variable all the same
                guard let close = body.range(of: "}}") else { break }
                var text = body[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                rest = body[close.upperBound...]
                var sigil: Character?
                if let first = text.first, "#^/>!&=$<%".contains(first) {
                    sigil = first
                    text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces)
                }
                tags.append(Tag(sigil: sigil, name: text, line: lineIndex + 1,
                                column: line.distance(from: line.startIndex, to: open.lowerBound) + 1))
            }
        }
        return tags
    }

    /// `{{> name}}` (partial) and `{{< name}}` (parent) tags: the other templates a template renders.
    static func partials(in template: String) -> [Tag] { scan(template).filter { $0.sigil == ">" || $0.sigil == "<" } }

    /// Names in `{{name}}`, `{{{name}}}`, `{{&name}}`, `{{#name}}` and `{{^name}}` tags; each part of a dotted
    /// name counts, and `{{.}}` (the current item) is no name.
    static func variables(in template: String) -> [Tag] {
        scan(template).filter { $0.sigil == nil || "#^&".contains($0.sigil!) }.flatMap { tag in
            tag.name.split(separator: ".").map { Tag(sigil: tag.sigil, name: String($0), line: tag.line, column: tag.column) }
        }
    }
}
