/// A variable name as written in a tag: `.` (the top of the stack), `a.b.c` (dotted), or `.a` (anchored: only the
/// top frame is searched, a swift-mustache extension kept so its templates still work).
struct TemplateName: Sendable, Equatable, CustomStringConvertible {
    /// Empty for the implicit iterator `.`.
    var parts: [String]
    var anchored: Bool

    var isImplicit: Bool { parts.isEmpty }
    var description: String {
        isImplicit ? "." : (anchored ? "." : "") + parts.joined(separator: ".")
    }
}

/// How a partial or parent tag names its template: literally, or through a value looked up at render time (`{{>*x}}`).
enum TemplateReference: Sendable {
    case named(String)
    case dynamic(TemplateName)
}

/// A `{{$name}}` block: a site that renders `content` unless a parent call overrides it, or (inside a parent tag)
/// the override itself.
struct BlockNode: Sendable {
    var name: String
    var content: [TemplateNode]
    /// The indentation of the block's lines: removed from an override's lines and added at the site where it is
    /// expanded (the spec's block reindentation).
    var indent: [UInt8]
    /// Whether the opening tag stood alone on its line, so the content starts on a line of its own.
    var standalone: Bool
    /// Unique in the library: identifies which overrides are in force when detecting recursion while binding.
    var id: Int
    /// The template the block is written in: an override's content is bound inside another template, but its
    /// errors belong here.
    var template: String
    var location: SourceLocation
}

/// A parsed template: a tree of nodes. Standalone lines are already removed; every remaining line start is
/// marked (`lineStart`) with the line's leading whitespace so indentation can be applied to template lines only.
indirect enum TemplateNode: Sendable {
    case text([UInt8])
    /// A template line begins here; its leading whitespace (spaces and tabs) is the payload.
    case lineStart([UInt8])
    case variable(TemplateName, escaped: Bool, SourceLocation)
    case section(TemplateName, inverted: Bool, [TemplateNode], SourceLocation)
    /// `indent` is non-nil when the tag stood alone on its line: then each line of the partial is indented by it.
    case partial(TemplateReference, indent: [UInt8]?, SourceLocation)
    case parent(TemplateReference, indent: [UInt8]?, overrides: [BlockNode], SourceLocation)
    case block(BlockNode)
}

/// One template of a library, parsed once.
struct ParsedTemplate: Sendable {
    var name: String
    var nodes: [TemplateNode]
    /// Set when the template changes delimiters: callers that scan sources for tags cannot trust what they find.
    var changesDelimiters: Bool
}
