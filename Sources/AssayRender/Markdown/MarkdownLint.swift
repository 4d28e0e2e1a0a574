import AssayCore

/// Warnings for what the report leaves out of the analyst's Markdown: raw HTML and unsafe link targets.
public enum MarkdownLint {
    public static func check(_ model: ReportModel) -> [Diagnostic] {
        var bodies: [(file: String, text: String, line: Int, allowRawHTML: Bool)] = [
            (model.article.location.file, model.article.body, model.article.bodyLine, model.article.allowsRawHTML),
        ]
        let line = { (location: SourceLocation) in model.bodyLines[location.file] ?? 1 }
        bodies += model.actors.map { ($0.location.file, $0.body, line($0.location), false) }
        bodies += model.criteria.map { ($0.location.file, $0.body, line($0.location), false) }
        bodies += model.options.map { ($0.location.file, $0.body, line($0.location), false) }
        bodies += model.assessments.map { ($0.location.file, $0.rationale, line($0.location), false) }
        bodies += model.statedRankings.map { ($0.location.file, $0.body, line($0.location), false) }
        return bodies.flatMap { body in
            CommonMark.findings(body.text, allowRawHTML: body.allowRawHTML).map {
                .warning(at: SourceLocation(file: body.file, line: body.line + $0.line - 1, column: $0.column),
                         $0.message, hint: $0.hint)
            }
        }
    }
}
