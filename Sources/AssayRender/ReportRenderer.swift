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

/// Renders the analysed report into pages and data files, in memory.
public enum ReportRenderer {
    public static func render(model: ReportModel, passages: AnchoredPassages, evaluation: ReportEvaluation,
                              templates: TemplateSet) throws -> [OutputFile] {
        let report = ReportContext(model: model, passages: passages, evaluation: evaluation)
        // Checked against every key a page can have (a specimen report takes every branch), before any rendering.
        try templates.check(vocabulary: templateVocabulary)
        let article = articleHTML(report)
        // Pages are independent: each is built and rendered on whichever core is free; the order of the
        // result is the order of the jobs, so the output never depends on timing.
        var files = Parallel.map(report.pageJobs) { job in
            let spec = report.spec(for: job, articleHTML: article)
            return OutputFile(path: spec.path, contents: Array(templates.renderPage(spec.template, context: spec.context).utf8))
        }
        let pagePaths = files.map(\.path)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = try encoder.encode(ReportDocument(model: model, passages: passages, evaluation: evaluation))
        files.append(OutputFile(path: PagePaths.reportJSON, contents: Array(json) + [0x0A]))
        files.append(OutputFile(path: PagePaths.reportSchema, contents: Array(ReportSchema.json.utf8) + [0x0A]))
        files.append(OutputFile(path: PagePaths.annotations, contents: try AnnotationExport.json(report)))
        files.append(OutputFile(path: PagePaths.matrix, contents: MatrixExport.csv(report)))
        files.append(OutputFile(path: PagePaths.searchIndex, contents: Array(try report.searchIndexJSON(from: PagePaths.searchIndex).utf8) + [0x0A]))
        files.append(OutputFile(path: "robots.txt", contents: PublishingFiles.robots(model.site)))
        if let sitemap = PublishingFiles.sitemap(model.site, pages: pagePaths) {
            files.append(OutputFile(path: "sitemap.xml", contents: sitemap))
        }
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
