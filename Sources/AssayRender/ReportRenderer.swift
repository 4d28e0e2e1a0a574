import AssayCore
import Foundation

/// A file of the finished report: its path inside `Output/` and its bytes.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }
}

/// A file of the report as the renderer plans it: its path, a fingerprint of everything it is made from,
/// and its bytes, or nil when the fingerprint matched the previous build's and the file was not rendered again.
public struct RenderedFile: Sendable {
    public var path: String
    public var fingerprint: ContentDigest
    public var contents: [UInt8]?

    public init(path: String, fingerprint: ContentDigest, contents: [UInt8]?) {
        self.path = path
        self.fingerprint = fingerprint
        self.contents = contents
    }
}

/// Renders the analysed report into pages and data files, in memory.
public enum ReportRenderer {
    /// Called as pages are rendered, from any thread: pages done, pages in all.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

    /// Every file of the report. A page whose fingerprint equals `previous[path]` is not rendered (its
    /// `contents` is nil); data files are always produced, as they are cheap and read the whole report.
    public static func render(model: ReportModel, passages: AnchoredPassages, evaluation: ReportEvaluation,
                              templates: TemplateSet, previous: [String: ContentDigest] = [:],
                              progress: Progress? = nil) throws -> [RenderedFile] {
        let report = ReportContext(model: model, passages: passages, evaluation: evaluation)
        // Checked against every key a page can have (a specimen report takes every branch), before any rendering.
        try templates.check(vocabulary: templateVocabulary)
        let jobs = report.pageJobs
        let article = articleHTML(report)
        let counter = ProgressCounter(total: jobs.count, report: progress)
        // Pages are independent: each is built and rendered on whichever core is free; the order of the
        // result is the order of the jobs, so the output never depends on timing.
        var files = Parallel.map(jobs) { job in
            let spec = report.spec(for: job, articleHTML: article)
            let fingerprint = ContextFingerprint.of(path: spec.path, templates: templates.digest(ofPage: spec.template),
                                                    context: spec.context)
            defer { counter.step() }
            if previous[spec.path] == fingerprint { return RenderedFile(path: spec.path, fingerprint: fingerprint, contents: nil) }
            let contents = Array(templates.renderPage(spec.template, context: spec.context).utf8)
            return RenderedFile(path: spec.path, fingerprint: fingerprint, contents: contents)
        }
        let pagePaths = files.map(\.path)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = try encoder.encode(ReportDocument(model: model, passages: passages, evaluation: evaluation))
        var data: [(String, [UInt8])] = [
            (PagePaths.reportJSON, Array(json) + [0x0A]),
            (PagePaths.reportSchema, Array(ReportSchema.json.utf8) + [0x0A]),
            (PagePaths.annotations, try AnnotationExport.json(report)),
            (PagePaths.matrix, MatrixExport.csv(report)),
            (PagePaths.searchIndex, Array(try report.searchIndexJSON(from: PagePaths.searchIndex).utf8) + [0x0A]),
            ("robots.txt", PublishingFiles.robots(model.site)),
        ]
        if let sitemap = PublishingFiles.sitemap(model.site, pages: pagePaths) { data.append(("sitemap.xml", sitemap)) }
        files += data.map { RenderedFile(path: $0.0, fingerprint: ContentDigest.of($0.1), contents: $0.1) }
        return files
    }

    /// Every key page contexts can provide: what templates may use.
    public static let templateVocabulary: Set<String> = VocabularySpecimen.keys()

    /// The keys the pages of this report actually provide (a test checks they all lie in `templateVocabulary`).
    public static func contextKeys(model: ReportModel, passages: AnchoredPassages, evaluation: ReportEvaluation) -> Set<String> {
        let report = ReportContext(model: model, passages: passages, evaluation: evaluation)
        var keys: Set<String> = []
        for job in report.pageJobs { TemplateVariables.vocabulary(of: report.spec(for: job, articleHTML: "").context, into: &keys) }
        return keys
    }

    /// The article with every passage highlighted, each followed by numbered links to what cites it.
    static func articleHTML(_ report: ReportContext) -> String {
        var citers: [String: [[String: Any]]] = [:]
        for passage in report.passages.passages {
            citers[passage.id] = passage.citers.map { report.citerLink($0, from: PagePaths.article) }
        }
        let links = citers.mapValues { entries in
            entries.enumerated().map { index, entry in
                let label = HTMLEscaping.escape(entry["label"] as? String ?? "")
                let href = HTMLEscaping.escape(entry["href"] as? String ?? "#")
                return "<a href=\"\(href)\" title=\"\(label)\" aria-label=\"\(label)\">\(index + 1)</a>"
            }.joined(separator: " ")
        }
        let markup = PassageMarkup(
            open: { id, isFirst in
                isFirst ? "<mark class=\"passage\" id=\"\(id)\">" : "<mark class=\"passage\" data-passage=\"\(id)\">"
            },
            after: { id in
                "<sup class=\"cited-by\"><span class=\"visually-hidden\">cited by </span>\(links[id] ?? "")</sup>"
            })
        return CommonMark.articleHTML(report.model.article.body, passages: report.passages.passages, highlight: markup,
                                      allowRawHTML: report.model.article.allowsRawHTML)
    }
}

/// Counts rendered pages across threads and passes the count on.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: ReportRenderer.Progress?

    init(total: Int, report: ReportRenderer.Progress?) {
        self.total = total
        self.report = report
    }

    func step() {
        guard let report else { return }
        let count = lock.withLock { done += 1; return done }
        report(count, total)
    }
}
