import AssayCore

/// Renders the analyst's Markdown bodies, each parsed once, and warns of what the report leaves out of them: raw
/// HTML and unsafe link targets.
public enum MarkdownLint {
    /// The warnings of every body, the article's included, and the HTML of every body but the article's.
    public static func check(_ model: ReportModel) -> (diagnostics: [Diagnostic], bodies: MarkdownBodies) {
        let result = check(model, reusing: nil)
        return (result.diagnostics, result.bodies)
    }

    /// Each body's HTML and warnings, kept by a build session: a body whose text and place are the same is not
    /// parsed again.
    public struct Kept: Sendable {
        fileprivate var bodies: [MarkdownBodies.Owner: KeptBody] = [:]
        fileprivate var article: (text: String, policy: MarkdownPolicy, file: String, line: Int, diagnostics: [Diagnostic])?
        fileprivate var policy = MarkdownPolicy()

        public init() {}
    }

    fileprivate struct KeptBody: Sendable {
        var text: String
        var file: String
        var line: Int
        var html: String
        var diagnostics: [Diagnostic]
    }

    /// As `check(_:)`, taking what is unchanged from `reusing`, and returning what to keep for the next build.
    public static func check(_ model: ReportModel, reusing kept: Kept?) -> (diagnostics: [Diagnostic], bodies: MarkdownBodies, kept: Kept) {
        typealias Body = (owner: MarkdownBodies.Owner, location: SourceLocation, text: String)
        let lines = model.bodyLines
        var bodies: [Body] = model.actors.map { (.actor($0.id), $0.location, $0.body) }
        bodies += model.criteria.map { (.criterion($0.id), $0.location, $0.body) }
        bodies += model.options.map { (.option($0.id), $0.location, $0.body) }
        bodies += model.assessments.map { (.assessment($0.id), $0.location, $0.rationale) }
        bodies += model.statedRankings.map { (.statedRanking($0.actorID), $0.location, $0.body) }
        let article = model.article
        let policy = MarkdownPolicy(allowsRemoteImages: model.site.allowsRemoteImages)
        let articlePolicy = Self.articlePolicy(model)
        var next = Kept()
        next.policy = policy
        var diagnostics: [Diagnostic]
        if let old = kept?.article, old.text == article.body, old.policy == articlePolicy,
           old.file == article.location.file, old.line == article.bodyLine {
            diagnostics = old.diagnostics
        } else {
            diagnostics = located(CommonMark.findings(article.body, policy: articlePolicy), file: article.location.file, line: article.bodyLine)
        }
        next.article = (article.body, articlePolicy, article.location.file, article.bodyLine, diagnostics)
        // Revision notes are Markdown too, rendered here once for the revisions page and the feed; a JSON file has no
        // lines to point into, so the file is named.
        var html: [MarkdownBodies.Owner: String] = [:]
        for revision in model.revisions {
            guard let note = revision.note, let date = revision.date else { continue }
            let fragment = CommonMark.fragment(note, policy: policy)
            html[.revisionNote(date)] = fragment.html
            guard let file = revision.file else { continue }
            diagnostics += fragment.findings.map { .warning(at: .start(of: file), "in the note: " + $0.message, hint: $0.problem.hint) }
        }
        // A body is the same when its text, its place and what it may keep are.
        let reusable = kept?.policy == policy ? kept?.bodies : nil
        let rendered = Parallel.map(bodies) { body -> KeptBody in
            let line = lines[body.location.file] ?? 1
            if let old = reusable?[body.owner], old.text == body.text, old.file == body.location.file, old.line == line {
                return old
            }
            guard !body.text.isEmpty else { return KeptBody(text: "", file: body.location.file, line: line, html: "", diagnostics: []) }
            let fragment = CommonMark.fragment(body.text, policy: policy)
            return KeptBody(text: body.text, file: body.location.file, line: line, html: fragment.html,
                            diagnostics: located(fragment.findings, file: body.location.file, line: line))
        }
        html.reserveCapacity(html.count + bodies.count)
        next.bodies.reserveCapacity(kept == nil ? 0 : bodies.count)
        for (body, result) in zip(bodies, rendered) {
            html[body.owner] = result.html
            diagnostics += result.diagnostics
            if kept != nil { next.bodies[body.owner] = result }
        }
        return (diagnostics, MarkdownBodies(html: html), next)
    }

    /// What the article's Markdown may keep: its own raw-HTML setting and the site's remote images.
    public static func articlePolicy(_ model: ReportModel) -> MarkdownPolicy {
        MarkdownPolicy(allowsRawHTML: model.article.allowsRawHTML, allowsRemoteImages: model.site.allowsRemoteImages)
    }

    private static func located(_ findings: [MarkdownFinding], file: String, line: Int) -> [Diagnostic] {
        findings.map { $0.located(in: file, startingAt: line) }
    }
}
