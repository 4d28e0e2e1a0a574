import AssayCore

/// Renders the analyst's Markdown bodies, each parsed once, and warns of what the report leaves out of them: raw
/// HTML and unsafe link targets.
public enum MarkdownLint {
    /// The warnings of every body, the article's included, and the HTML of every body but the article's.
    public static func check(_ model: ReportModel) -> (diagnostics: [Diagnostic], bodies: MarkdownBodies) {
        typealias Body = (owner: MarkdownBodies.Owner, location: SourceLocation, text: String)
        let lines = model.bodyLines
        var bodies: [Body] = model.actors.map { (.actor($0.id), $0.location, $0.body) }
        bodies += model.criteria.map { (.criterion($0.id), $0.location, $0.body) }
        bodies += model.options.map { (.option($0.id), $0.location, $0.body) }
        bodies += model.assessments.map { (.assessment($0.id), $0.location, $0.rationale) }
        bodies += model.statedRankings.map { (.statedRanking($0.actorID), $0.location, $0.body) }
        let article = model.article
        var diagnostics = located(CommonMark.findings(article.body, allowRawHTML: article.allowsRawHTML),
                                  file: article.location.file, line: article.bodyLine)
        let rendered = Parallel.map(bodies) { body -> (html: String, diagnostics: [Diagnostic]) in
            guard !body.text.isEmpty else { return ("", []) }
            let fragment = CommonMark.fragment(body.text)
            return (fragment.html, located(fragment.findings, file: body.location.file, line: lines[body.location.file] ?? 1))
        }
        var html: [MarkdownBodies.Owner: String] = [:]
        html.reserveCapacity(bodies.count)
        for (body, result) in zip(bodies, rendered) {
            html[body.owner] = result.html
            diagnostics += result.diagnostics
        }
        return (diagnostics, MarkdownBodies(html: html))
    }

    private static func located(_ findings: [MarkdownFinding], file: String, line: Int) -> [Diagnostic] {
        findings.map { .warning(at: SourceLocation(file: file, line: line + $0.line - 1, column: $0.column), $0.message, hint: $0.hint) }
    }
}
