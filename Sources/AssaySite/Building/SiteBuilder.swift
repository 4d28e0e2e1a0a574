import AssayCore
import AssayRender

/// Runs the whole pipeline, stage by stage, from content and templates on disk to a report in `Output/`.
public struct SiteBuilder: Sendable {
    /// Where things are, as given on the command line.
    public struct Paths: Sendable {
        public var content: String
        /// The project's templates folder, whose files take the place of the built-in theme's; nil: the built-in theme.
        public var templates: String?
        public var output: String
        /// The folder of the build cache; nil builds afresh every time and keeps no cache.
        public var cache: String?

        public init(content: String, templates: String?, output: String, cache: String? = nil) {
            self.content = content
            self.templates = templates
            self.output = output
            self.cache = cache
        }
    }

    /// What a successful build did.
    public struct Summary: Sendable {
        /// The path of every file of the report; `changes` says which of them this build wrote.
        public var files: [String]
        public var changes: OutputChanges
        /// Every input file read (content and templates, as diagnostics name them), with the digest of its bytes.
        public var inputDigests: [String: ContentDigest]
        /// Every input file read, sorted.
        public var inputs: [String] { inputDigests.keys.sorted() }
        public var warnings: [Diagnostic]
        public var model: ReportModel
        public var evaluation: ReportEvaluation
        public var timings: StageTimings
    }

    /// Runs a step that must not be cut in half by a signal: writing the new files, and putting them in place
    /// (`replacesOutput`: once that step is done, `Output/` holds the new report).
    public typealias Exclusive = @Sendable (_ replacesOutput: Bool, _ step: () throws -> Void) throws -> Void

    /// How a build evaluates and how strict it is.
    public struct Settings: Sendable {
        /// Warnings fail the build.
        public var strict = false
        /// Random draws for rank acceptability (SMAA); 0 leaves it out.
        public var draws = RankAcceptability.defaultDraws
        public var seed = RankAcceptability.defaultSeed
        /// Ignore the build cache: render everything and replace the output as a whole (a new cache is kept).
        public var clean = false
        /// Names the program doing the build (version and executable), so that a new one ignores an old cache.
        public var tool = ""
        /// Whether an expectation that does not hold fails the analysis; off, it is a warning (`assay diff` shows what
        /// moved exactly when an expectation fails).
        public var enforcesExpectations = true

        public init(strict: Bool = false, draws: Int = RankAcceptability.defaultDraws, seed: UInt64 = RankAcceptability.defaultSeed,
                    clean: Bool = false, tool: String = "") {
            self.strict = strict
            self.draws = draws
            self.seed = seed
            self.clean = clean
            self.tool = tool
        }
    }

    /// Told when a stage starts (`done` and `total` 0) and as pages are rendered, from any thread.
    public typealias Progress = @Sendable (_ stage: String, _ done: Int, _ total: Int) -> Void

    public let fileSystem: FileSystem
    public let settings: Settings
    let exclusive: Exclusive
    let progress: Progress?

    public init(fileSystem: FileSystem, settings: Settings = Settings(), exclusive: @escaping Exclusive = { try $1() },
                progress: Progress? = nil) {
        self.fileSystem = fileSystem
        self.settings = settings
        self.exclusive = exclusive
        self.progress = progress
    }

    // Untyped `throws` on purpose: with Swift 6.3.1, typed throws on functions returning a large struct
    // miscompiled in debug builds (a crash destroying the returned value); the errors are still DiagnosticsError.
    /// Builds the report and replaces `paths.output` with it; throws a `DiagnosticsError` with every diagnostic
    /// of the first stage that failed. With `settings.strict`, warnings fail the build too.
    public func build(_ paths: Paths) throws -> Summary {
        try build(paths, session: .oneOff())
    }

    /// Builds with what `session` kept from its last build: a session kept across builds (`watch`, `serve`) reads,
    /// parses and renders only what changed since.
    /// - Parameter changedPaths: the paths the watcher saw change since the session's last build (as it names them,
    ///   under `paths.content` or `paths.templates`); nil reads every file and compares.
    public func build(_ paths: Paths, session: BuildSession, changedPaths: Set<String>? = nil) throws -> Summary {
        try session.exclusively { try build(paths: paths, session: session, changedPaths: changedPaths) }
    }

    private func build(paths: Paths, session: BuildSession, changedPaths: Set<String>?) throws -> Summary {
        try checkFolders(paths)
        OutputWriter(fileSystem: fileSystem, exclusive: exclusive).removeLeftovers(of: paths.output)
        let key = cacheKey(paths)
        let store = paths.cache.map { BuildCacheStore(fileSystem: fileSystem, folder: $0, output: key.output) }
        var timings = StageTimings(onStart: progress)
        // The session's last good build counts when it was made with the same settings into an output still there.
        let lastGood = settings.clean || fileSystem.kind(paths.output) != .directory ? nil : session.good.flatMap { $0.key == key ? $0 : nil }
        if lastGood == nil { session.good = nil }
        // The output is listed once, for the digests the cache holds and for the files to remove.
        let previous = lastGood.map(PreviousBuild.init) ?? timings.measure("read cache") {
            settings.clean ? nil : PreviousBuild(store: store, key: key, output: paths.output, fileSystem: fileSystem)
        }
        // A full build streams every file into a staging folder that replaces the output at the end; an incremental
        // one keeps only the files whose bytes differ from what the output holds, and writes them in place.
        let destination: Destination
        if let previous {
            destination = .inPlace(ChangedFiles(previous: previous.outputs))
        } else {
            destination = .staged(try OutputWriter(fileSystem: fileSystem, exclusive: exclusive).begin(paths.output, displayName: paths.output))
        }
        var rendered: Rendered
        do {
            rendered = try render(paths, strict: settings.strict, timings: timings, open: destination.open,
                                  reuse: Reuse(session: session, lastGood: lastGood, changedPaths: changedPaths))
        } catch {
            if case .staged(let staging) = destination { staging.abandon() }
            throw error
        }
        var removed: [String] = []
        var written: [String] = []
        let outputs = Dictionary(rendered.files.map { ($0.path, $0.digest) },
                                 uniquingKeysWith: { _, last in last })
        let inputs = rendered.analysis.inputs.merging(rendered.templateInputs) { $1 }
        try rendered.timings.measure("write") {
            switch destination {
            case .staged(let staging):
                if let warning = try staging.commit() { rendered.warnings.append(warning) }
                written = rendered.files.map(\.path)
            case .inPlace(let compared):
                // In the order the report makes them, as a full build lists them.
                let order = Dictionary(rendered.files.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
                var files = compared.files.sorted { order[$0.path, default: 0] < order[$1.path, default: 0] }
                written = files.map(\.path)
                // Files the report no longer has, and files someone else put there: a clean build has neither.
                let present = previous?.present ?? []
                removed = present.filter { outputs[$0] == nil && $0 != OutputWriter.gitignore.path }.sorted()
                if !present.contains(OutputWriter.gitignore.path) { files.append(OutputWriter.gitignore) }
                store?.invalidate()
                try IncrementalWriter(fileSystem: fileSystem, exclusive: exclusive)
                    .update(paths.output, writing: files, removing: removed, displayName: paths.output)
            case .nowhere:
                break
            }
        }
        // A session kept across builds does not write the cache after every save: the output is changed in place
        // (the cache was forgotten before that), and the next command-line build renders everything once.
        if let store, lastGood == nil {
            do {
                try rendered.timings.measure("save cache") {
                    try store.save(BuildCache(format: BuildCache.format, key: key, inputs: inputs, outputs: outputs))
                }
            } catch {
                rendered.warnings.append(.warning(at: .start(of: store.file), "the build cache cannot be written: \(error)",
                                                  hint: "the report is complete; the next build will render every page again"))
            }
        }
        // Since the session's good build, the content files that can differ are those it has noted; templates are few.
        let candidates = lastGood.map { lastGood in
            session.changedSinceGood.union(lastGood.templateInputs.keys).union(rendered.templateInputs.keys)
        }
        let changedInputs = previous.map { old in InputDigests.changed(from: old.inputs, to: inputs, among: candidates) }
        if session.keeps {
            session.good = .init(key: key, analysis: rendered.analysis, templateInputs: rendered.templateInputs, files: rendered.files)
            session.changedSinceGood = []
        }
        let changes = OutputChanges(isIncremental: previous != nil, changedInputs: changedInputs ?? [], written: written,
                                    removed: removed, total: outputs.count,
                                    rendered: rendered.made.map { made in rendered.files.map(\.path).filter(made.contains) }
                                        ?? rendered.files.map(\.path))
        return Summary(files: rendered.files.map(\.path).sorted(), changes: changes, inputDigests: inputs,
                       warnings: rendered.warnings, model: rendered.analysis.model, evaluation: rendered.analysis.evaluation,
                       timings: rendered.timings)
    }

    private func cacheKey(_ paths: Paths) -> BuildCache.Key {
        .init(tool: settings.tool, draws: settings.draws, seed: settings.seed, content: PathRules.standardize(paths.content),
              templates: paths.templates.map(PathRules.standardize) ?? "", output: PathRules.standardize(paths.output))
    }

    /// As `check(_:)`, with the number of content and template files read.
    public func checkCounting(_ paths: Paths) -> (diagnostics: [Diagnostic], files: Int) {
        let diagnostics = check(paths)
        let count = { (folder: String) in (try? fileSystem.files(under: folder).filter { $0.kind == .file }.count) ?? 0 }
        return (diagnostics, count(paths.content) + (paths.templates.map(count) ?? 0))
    }

    /// Everything a build checks, without writing anything: the diagnostics of the first stage that failed,
    /// or the warnings of a build that would succeed.
    public func check(_ paths: Paths) -> [Diagnostic] {
        do {
            try checkFolders(paths)
            return try render(paths, strict: false, timings: StageTimings(), open: Destination.nowhere.open,
                              reuse: Reuse(session: .oneOff(), lastGood: nil, changedPaths: nil)).warnings
        } catch let error as DiagnosticsError {
            return error.diagnostics
        } catch {
            return [.error(at: .start(of: paths.content), "the check failed: \(error)")]
        }
    }

    /// What a build made: every file, with the digest of its bytes, and what it was made from.
    private struct Rendered {
        var files: [RenderedFile]
        var analysis: Analysis
        var templateInputs: [String: ContentDigest]
        /// The files made again; nil: every file.
        var made: Set<String>?
        var warnings: [Diagnostic]
        var timings: StageTimings
    }

    /// What a build may reuse: the session it runs in, the session's last good build when it still counts, and the
    /// paths the watcher saw change since (nil: every file is read and compared).
    private struct Reuse {
        var session: BuildSession
        var lastGood: BuildSession.GoodBuild?
        var changedPaths: Set<String>?
    }

    private func render(_ paths: Paths, strict: Bool, timings: StageTimings, open: @escaping ReportRenderer.Open,
                        reuse: Reuse) throws -> Rendered {
        let session = reuse.session, lastGood = reuse.lastGood
        let (analysis, changes) = try analyse(paths, timings: timings, session: session, lastGood: lastGood, changedPaths: reuse.changedPaths)
        if strict && !analysis.warnings.isEmpty {
            throw DiagnosticsError(analysis.warnings.map { warning in
                var error = warning
                error.severity = .error
                return error
            })
        }
        var timings = analysis.timings
        let templates = try timings.measure("load templates") {
            try TemplateLoader(fileSystem: fileSystem).load(from: paths.templates, displayName: paths.templates)
        }
        // A file of the templates folder is copied as it is; it must not take the place of a generated file.
        let generated = Set(ReportRenderer.paths(of: analysis.model))
        let clashes = templates.assets.filter { generated.contains($0.path) }
        guard clashes.isEmpty else {
            throw DiagnosticsError(clashes.map {
                .error(at: .start(of: "\(paths.templates ?? BuiltInTheme.displayFolder)/\($0.path)"), "this file would overwrite the generated page '\($0.path)'",
                       hint: "rename or move it; files in the templates folder are copied into the report as they are")
            })
        }
        // Under a session, only the files that read something that changed are made again; new templates make all.
        var only: Set<String>?
        var kept: [String: RenderedFile] = [:]
        if let lastGood, let changes, lastGood.templateInputs == templates.inputs {
            kept = Dictionary(lastGood.files.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
            only = Set(generated.filter { path in kept[path].map { changes.affect($0.reads) } ?? true })
        }
        var pages: [RenderedFile]
        do {
            var pageProgress: ReportRenderer.Progress?
            if let progress { pageProgress = { done, total in progress("render", done, total) } }
            // In a full build this stage also writes each file into the staging folder as it is made.
            pages = try timings.measure("render pages and data") {
                try ReportRenderer.render(ReportContext(model: analysis.model, passages: analysis.passages, evaluation: analysis.evaluation,
                                                        bodies: analysis.bodies),
                                          templates: templates.templates, progress: pageProgress,
                                          reuse: .init(only: only, recording: session.keeps, encoded: session.keeps ? session.encoded : nil),
                                          open: open)
            }
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([.error(at: .start(of: paths.output), "while rendering pages: \(error)",
                                           hint: "this is a bug in Assay; please report it with the content that causes it")])
        }
        if only != nil {
            let made = Dictionary(pages.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
            pages = ReportRenderer.paths(of: analysis.model).compactMap { made[$0] ?? kept[$0] }
        }
        let assets = try templates.assets.map { asset in
            if only != nil, let same = kept[asset.path] { return same }
            let digest = ContentDigest.of(asset.contents)
            let sink = try open(asset.path)
            try sink.write(asset.contents[...])
            try sink.finish(digest: digest)
            return RenderedFile(path: asset.path, digest: digest, reads: [])
        }
        return Rendered(files: assets + pages, analysis: analysis, templateInputs: templates.inputs, made: only,
                        warnings: analysis.warnings, timings: timings)
    }

    /// The names of the temporary folders this process writes beside `output`, as prefixes.
    public static func temporaryPrefixes(for output: String) -> [String] { OutputWriter.temporaryPrefixes(for: output) }

    /// The output must not hold the content or templates: replacing it would delete them.
    private func checkFolders(_ paths: Paths) throws(DiagnosticsError) {
        let output = PathRules.standardize(paths.output)
        for (name, folder) in [("content", paths.content), ("templates", paths.templates)] {
            guard let folder else { continue }
            let standardized = PathRules.standardize(folder)
            if PathRules.isInside(standardized, output) || PathRules.isInside(output, standardized) {
                throw DiagnosticsError([.error(at: .start(of: paths.output), "the output folder overlaps the \(name) folder",
                                               hint: "write the report to a folder of its own, e.g. --output Output")])
            }
        }
    }
}
