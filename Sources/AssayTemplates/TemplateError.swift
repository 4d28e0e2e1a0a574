/// One template problem, located. `line`/`column` are 1-based, in the template's own text; the column
/// counts Unicode scalars, so it matches what an editor shows for ordinary text.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template's name, e.g. "partials/evidence".
    public var template: String
    public var line: Int
    public var column: Int
    /// What is wrong, e.g. "'OptionPage' has no field 'titel'".
    public var message: String
    /// Names that would have been valid here, so the caller can offer a did-you-mean; empty when irrelevant.
    public var candidates: [String]

    public init(template: String, line: Int, column: Int, message: String, candidates: [String] = []) {
        self.template = template
        self.line = line
        self.column = column
        self.message = message
        self.candidates = candidates
    }

    public var description: String { "\(template):\(line):\(column): \(message)" }
}

/// Every problem found in one operation (parsing a library, binding a template): callers fix them all at once
/// instead of one per run.
public struct TemplateErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [TemplateError]

    public init(errors: [TemplateError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Where a tag starts in its template: kept on nodes so binding errors can point at the tag.
struct SourceLocation: Sendable, Equatable {
    var line: Int
    var column: Int
}

/// Collects errors in order, dropping exact duplicates (a partial inlined twice reports its problem once).
struct ErrorCollector {
    private(set) var errors: [TemplateError] = []

    mutating func add(_ error: TemplateError) {
        if !errors.contains(error) { errors.append(error) }
    }

    mutating func add(_ template: String, _ at: SourceLocation, _ message: String, candidates: [String] = []) {
        add(TemplateError(template: template, line: at.line, column: at.column, message: message, candidates: candidates))
    }
}
