import AssayCore
import AssayTemplates
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

/// A file of the report as the renderer made it: its path and the digest of its bytes (the bytes themselves went
/// to the sink `open` gave for it, as they were made).
public struct RenderedFile: Sendable, Hashable {
    public var path: String
    public var digest: ContentDigest
    /// What the file was made from: it must be made again when one of these changes.
    public var reads: Set<Dependency>

    public init(path: String, digest: ContentDigest, reads: Set<Dependency> = [.everything]) {
        self.path = path
        self.digest = digest
        self.reads = reads
    }
}

/// Renders the analysed report into pages and data files, each streamed to its sink as it is made.
public enum ReportRenderer {
    /// Called as pages are rendered, from any thread: pages done, pages in all.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void
    /// Opens a file of the report for writing, from any thread: each file streams to its sink as it is made, so
    /// the report is never held in memory whole.
    public typealias Open = @Sendable (_ path: String) throws -> any FileSink

    /// One page of the report, before its model is built: jobs can be handed to any core.
    enum PageJob: Sendable {
        case index, article, evidence, agreement, search, notFound, revisions
        case option(Option)
        case criterion(Criterion)
        case actor(Actor)
        /// A page of a large report's complete lists (see `ListPaging`), numbered from 1.
        case rankingList(actorID: ActorID, page: Int)
        case optionList(page: Int)

        var kind: PageKind {
            switch self {
            case .index: .index
            case .article: .article
            case .evidence: .evidence
            case .agreement: .agreement
            case .search: .search
            case .notFound: .notFound
            case .revisions: .revisions
            case .option: .option
            case .criterion: .criterion
            case .actor: .actor
            case .rankingList: .rankingList
            case .optionList: .optionList
            }
        }
    }

    /// What a build session brings to rendering; a one-off build brings nothing.
    public struct Reuse: Sendable {
        /// The paths to make (nil: every file); the others are left as they are.
        public var only: Set<String>?
        /// Record what each page reads; without it each page says it read everything.
        public var recording: Bool
        /// report.json's entries as the session last wrote them.
        public var encoded: EncodedEntries?

        public init(only: Set<String>? = nil, recording: Bool = false, encoded: EncodedEntries? = nil) {
            self.only = only
            self.recording = recording
            self.encoded = encoded
        }
    }

    /// Makes every file of the report — pages (each built as a typed model and rendered by its compiled template) and
    /// data files — and streams each into the sink `open` gives for it; rethrows the first error a sink throws.
    public static func render(_ report: ReportContext, templates: TemplateSet, progress: Progress? = nil, reuse: Reuse = Reuse(),
                              open: Open) throws -> [RenderedFile] {
        let model = report.model
        let only = reuse.only, recording = reuse.recording
        let wanted = { (path: String) in only?.contains(path) ?? true }
        // The rankings are shared by the index and the actor pages (which prefix the index's links).
        let showsRankings = wanted(PagePaths.index) || model.actors.contains { wanted(PagePaths.actor($0.id)) }
        let builder = PageBuilder(report: report, sharing: only == nil ? .everything : .onDemand(rankings: showsRankings))
        var data: [DataFile] = [.report, .schema, .annotations, .matrix, .searchIndex, .robots]
        if model.site.base != nil { data.append(.sitemap) }
        if !model.revisions.isEmpty { data.append(.feed) }
        let pagePaths = paths(of: model).filter { $0.hasSuffix(".html") }
        // Pieces several files share, made only when a file that is made needs them.
        let shared = SharedPieces(articleMap: wanted(PagePaths.index) ? builder.articleMap() : ArticleMap(svg: "", description: ""),
                                  search: wanted(PagePaths.search) || wanted(PagePaths.searchIndex) ? builder.searchEntries() : [])
        // Every file is independent: each is made on whichever core is free. The result keeps the report's own order
        // (pages, then data files), so the output never depends on timing.
        // The pages that list every option come last: started first, beside the two large data files, they raised the
        // peak memory of a 10,000-option build by about 50 MB, for no gain in time.
        let large: [PageJob] = [.index] + model.actors.map { .actor($0) } + model.criteria.map { .criterion($0) }
        let rest: [PageJob] = [.article, .evidence, .agreement, .search, .notFound] + (model.revisions.isEmpty ? [] : [.revisions])
            + model.options.map { .option($0) } + listJobs(model)
        let jobs: [Job] = (data.filter(\.isLarge).map { .data($0) } + (rest + large).map { .page($0) } + data.filter { !$0.isLarge }.map { .data($0) })
            .filter { wanted($0.path) }
        let counter = ProgressCounter(total: jobs.filter { if case .page = $0 { true } else { false } }.count, report: progress)
        let made = Parallel.map(jobs) { job -> Result<RenderedFile, Error> in
            Result {
                switch job {
                case .page(let page):
                    defer { counter.step() }
                    let path = Self.path(of: page)
                    let stream = FileStream(try open(path))
                    let log = recording ? ReadLog() : nil
                    let rest = Self.page(page, builder: log.map { builder.recording(into: $0) } ?? builder, templates: templates,
                                         shared: shared, drain: stream.drain)
                    return RenderedFile(path: path, digest: try stream.finish(rest), reads: log?.reads ?? [.everything])
                case .data(let file):
                    let stream = FileStream(try open(file.path))
                    try Self.write(file, to: stream, builder: builder, search: shared.search, pagePaths: pagePaths, encoded: reuse.encoded)
                    return RenderedFile(path: file.path, digest: try stream.finish(), reads: recording ? file.reads : [.everything])
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: (pagePaths + data.map(\.path)).enumerated().map { ($1, $0) })
        return try made.map { try $0.get() }.sorted { order[$0.path, default: 0] < order[$1.path, default: 0] }
    }

    /// One piece of work: a page or a data file.
    private enum Job: Sendable {
        case page(PageJob)
        case data(DataFile)

        var path: String {
            switch self {
            case .page(let page): ReportRenderer.path(of: page)
            case .data(let file): file.path
            }
        }
    }

    /// The report's data files.
    enum DataFile: Sendable {
        case report, schema, annotations, matrix, searchIndex, robots, sitemap, feed

        var path: String {
            switch self {
            case .report: PagePaths.reportJSON
            case .schema: PagePaths.reportSchema
            case .annotations: PagePaths.annotations
            case .matrix: PagePaths.matrix
            case .searchIndex: PagePaths.searchIndex
            case .robots: "robots.txt"
            case .sitemap: "sitemap.xml"
            case .feed: PagePaths.feed
            }
        }

        /// What the file shows; the two exports show everything.
        var reads: Set<Dependency> {
            switch self {
            case .report, .annotations, .feed: [.everything]
            case .schema: []
            case .robots: [.site]
            case .sitemap: [.site, .revisions, .members(.option), .members(.criterion), .members(.actor)]
            case .searchIndex:
                [.passages, .members(.option), .members(.criterion), .members(.actor), .every(.option, .heading), .every(.option, .content),
                 .every(.criterion, .heading), .every(.criterion, .content), .every(.actor, .heading), .every(.actor, .content)]
            case .matrix:
                [.evaluation, .members(.option), .members(.criterion), .members(.actor), .members(.assessment), .every(.option, .heading),
                 .every(.criterion, .heading), .every(.criterion, .content), .every(.actor, .heading), .every(.assessment, .heading),
                 .every(.assessment, .content)]
            }
        }

        /// The files that take longest to make, started first.
        var isLarge: Bool { self == .report || self == .annotations }
    }

    /// Writes a data file into its stream; the two large ones in pieces, as they are encoded.
    private static func write(_ file: DataFile, to stream: FileStream, builder: PageBuilder, search: [SearchEntry],
                              pagePaths: [String], encoded: EncodedEntries?) throws {
        let report = builder.report
        switch file {
        case .report:
            try ReportJSONStream.write(ReportDocument(model: report.model, passages: report.passages, evaluation: report.evaluation,
                                                      summary: builder.summary),
                                       memo: encoded, to: stream.append)
            stream.append([0x0A])
        case .schema: stream.append(Array(ReportSchema.json.utf8) + [0x0A])
        case .annotations: try AnnotationExport.write(builder, memo: encoded, to: stream.append)
        case .matrix: stream.append(MatrixExport.csv(report))
        case .searchIndex: stream.append(SearchIndexJSON.bytes(search, prefix: "../") + [0x0A])
        case .robots: stream.append(PublishingFiles.robots(report.model.site))
        case .sitemap: stream.append(PublishingFiles.sitemap(report.model.site, pages: pagePaths) ?? [])
        case .feed: stream.append(AtomFeed.xml(builder))
        }
    }

    /// The pages of a large report's complete lists: each evaluated actor's ranking, then every option's card.
    static func listJobs(_ model: ReportModel) -> [PageJob] {
        let paging = ListPaging(optionCount: model.options.count)
        guard paging.isPaged else { return [] }
        let pages = 1...paging.pageCount
        // An actor is evaluated when it has criteria (`ReportEvaluator`): the paths are known before the evaluation.
        let evaluated = model.actors.filter { !model.criteria(of: $0.id).isEmpty }
        return evaluated.flatMap { actor in pages.map { PageJob.rankingList(actorID: actor.id, page: $0) } }
            + pages.map { PageJob.optionList(page: $0) }
    }

    /// The path of every file `render` makes for this model, before anything is rendered.
    public static func paths(of model: ReportModel) -> [String] {
        // The pages there is one of; the revisions page only with revisions.
        var paths = PageKind.allCases.compactMap { kind in kind == .revisions && model.revisions.isEmpty ? nil : kind.singlePath }
        paths += model.options.map { PagePaths.option($0.id) } + model.criteria.map { PagePaths.criterion($0.id) }
            + model.actors.map { PagePaths.actor($0.id) } + listJobs(model).map(path(of:))
        paths += [PagePaths.reportJSON, PagePaths.reportSchema, PagePaths.annotations, PagePaths.matrix, PagePaths.searchIndex, "robots.txt"]
        if model.site.base != nil { paths.append("sitemap.xml") }
        if !model.revisions.isEmpty { paths.append(PagePaths.feed) }
        return paths
    }

    static func path(of job: PageJob) -> String {
        switch job {
        // A kind there is one page of owns its path (PageKindTests holds every such kind to one).
        case .index, .article, .evidence, .agreement, .search, .notFound, .revisions: job.kind.singlePath!
        case .option(let option): PagePaths.option(option.id)
        case .criterion(let criterion): PagePaths.criterion(criterion.id)
        case .actor(let actor): PagePaths.actor(actor.id)
        case .rankingList(let actorID, let page): PagePaths.rankingList(actorID, page: page)
        case .optionList(let page): PagePaths.optionList(page: page)
        }
    }

    /// Pieces several files show, made once per build and only when a file that is made needs them.
    struct SharedPieces: Sendable {
        var articleMap: ArticleMap
        var search: [SearchEntry]
    }

    /// Renders a page; returns what `drain` has not taken.
    private static func page(_ job: PageJob, builder: PageBuilder, templates: TemplateSet, shared: SharedPieces,
                             drain: TemplateDrain) -> [UInt8] {
        let title = builder.model.article.title
        let report = [Breadcrumb(label: "Report", path: PagePaths.index)]
        let kind = job.kind
        // What the kind owns (its section, its fixed title) comes from it; the rest from the page.
        func commonPage(_ path: String, title: String? = nil, summary: String? = nil, absolute: Bool = false,
                        breadcrumbs: [Breadcrumb] = []) -> CommonPage {
            builder.common(page: path, title: title ?? kind.fixedTitle ?? "", section: kind.section, summary: summary, absolute: absolute,
                           breadcrumbs: breadcrumbs)
        }
        switch job {
        case .index:
            let common = commonPage(PagePaths.index, title: title)
            return templates.render(kind, common: common, page: builder.indexPage(articleMap: shared.articleMap), prefix: kind.prefix, drain: drain)
        case .article:
            builder.noteArticlePage()
            let common = commonPage(PagePaths.article, title: "Article: \(title)")
            // Made in the page's own job, beside the others: only the article page shows it.
            let page = ArticlePage(articleHTML: articleHTML(builder), passageCount: builder.report.passages.passages.count,
                                   articleMap: shared.articleMap)
            return templates.render(kind, common: common, page: page, prefix: kind.prefix, drain: drain)
        case .evidence:
            let common = commonPage(PagePaths.evidence)
            return templates.render(kind, common: common, page: builder.evidencePage(), prefix: kind.prefix, drain: drain)
        case .agreement:
            let common = commonPage(PagePaths.agreement)
            return templates.render(kind, common: common, page: builder.agreementPage(), prefix: kind.prefix, drain: drain)
        case .search:
            builder.noteSearchEntries()
            let common = commonPage(PagePaths.search)
            let index = String(decoding: SearchIndexJSON.bytes(shared.search, prefix: ""), as: UTF8.self)
            return templates.render(kind, common: common, page: SearchPage(entries: shared.search, searchIndex: index), prefix: kind.prefix,
                                    drain: drain)
        case .notFound:
            // A server shows this page at any address: its links start from the base URL when there is one.
            let common = commonPage(PagePaths.notFound, absolute: true)
            return templates.render(kind, common: common, page: NotFoundPage(), prefix: builder.model.site.base ?? "", drain: drain)
        case .revisions:
            let common = commonPage(PagePaths.revisions, breadcrumbs: report)
            // The job exists only with revisions, so the page model does.
            return templates.render(kind, common: common, page: builder.revisionsPage()!, prefix: kind.prefix, drain: drain)
        case .option(let option):
            let common = commonPage(PagePaths.option(option.id), title: option.title, summary: option.summary,
                                    breadcrumbs: report + [Breadcrumb(label: "Options", path: PagePaths.index + "#options")])
            return templates.render(kind, common: common, page: builder.optionPage(option), prefix: kind.prefix, drain: drain)
        case .criterion(let criterion):
            let actor = builder.report.actorName(criterion.actorID)
            let common = commonPage(PagePaths.criterion(criterion.id), title: criterion.title,
                                    summary: "\(criterion.kind == .redLine ? "A red line" : "A preference") of \(actor): \(criterion.title).",
                                    breadcrumbs: report + [Breadcrumb(label: actor, path: PagePaths.actor(criterion.actorID))])
            return templates.render(kind, common: common, page: builder.criterionPage(criterion), prefix: kind.prefix, drain: drain)
        case .actor(let actor):
            let common = commonPage(PagePaths.actor(actor.id), title: actor.name, summary: actor.description,
                                    breadcrumbs: report + [Breadcrumb(label: "Actors and criteria", path: PagePaths.index + "#actors-criteria")])
            return templates.render(kind, common: common, page: builder.actorPage(actor), prefix: kind.prefix, drain: drain)
        case .rankingList(let actorID, let number):
            let name = builder.report.actorName(actorID)
            let pageCount = builder.paging.pageCount
            let common = commonPage(PagePaths.rankingList(actorID, page: number),
                                    title: "Complete ranking for \(name), page \(number) of \(pageCount)",
                                    breadcrumbs: report + [Breadcrumb(label: name, path: PagePaths.actor(actorID))])
            // The job exists only for an evaluated actor.
            guard let actorEvaluation = builder.evaluation.actor(actorID) else { return [] }
            return templates.render(kind, common: common, page: builder.rankingListPage(actorEvaluation, page: number), prefix: kind.prefix,
                                    drain: drain)
        case .optionList(let number):
            let common = commonPage(PagePaths.optionList(page: number),
                                    title: "All options, page \(number) of \(builder.paging.pageCount)",
                                    breadcrumbs: report + [Breadcrumb(label: "Options", path: PagePaths.index + "#options")])
            return templates.render(kind, common: common, page: builder.optionListPage(page: number), prefix: kind.prefix, drain: drain)
        }
    }

    /// The article with every passage highlighted, each followed by numbered links to what cites it.
    static func articleHTML(_ builder: PageBuilder) -> String {
        let report = builder.report
        var citerLinks: [PassageID: String] = [:]
        for passage in report.passages.passages {
            citerLinks[passage.id] = passage.citers.enumerated().map { index, citer in
                let link = builder.citerLink(citer)
                let href: String = switch link.href {
                case .path(let path): path
                case .verbatim(let text): text
                }
                let label = HTMLEscaping.escape(link.label)
                return "<a href=\"\(HTMLEscaping.escape(href))\" title=\"\(label)\" aria-label=\"\(label)\">\(index + 1)</a>"
            }.joined(separator: " ")
        }
        let links = citerLinks
        let markup = PassageMarkup(
            open: { id, isFirst in
                isFirst ? "<mark class=\"passage\" id=\"\(id)\">" : "<mark class=\"passage\" data-passage=\"\(id)\">"
            },
            after: { id in
                "<sup class=\"cited-by\"><span class=\"visually-hidden\">cited by </span>\(links[id] ?? "")</sup>"
            })
        return CommonMark.articleHTML(report.model.article.body, passages: report.passages.passages, highlight: markup,
                                      policy: MarkdownLint.articlePolicy(report.model))
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
