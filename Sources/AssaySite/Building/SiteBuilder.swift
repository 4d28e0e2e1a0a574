import AssayCore
import AssayRender

/// Runs the whole pipeline, stage by stage, from content and templates on disk to a report in `Output/`.
public struct SiteBuilder: Sendable {
    /// Where things are, as given on the command line.
    public struct Paths: Sendable {
        public var content: String
        public var templates: String
        public var output: String

        public init(content: String, templates: String, output: String) {
            self.content = content
            self.templates = templates
            self.output = output
        }
    }

    /// What a successful build did.
    public struct Summary: Sendable {
        public var files: [OutputFile]
        public var warnings: [Diagnostic]
        public var model: ReportModel
        public var evaluation: ReportEvaluation
        public var timings: StageTimings
    }

    /// Runs a step that must not be cut in half by a signal: each file write and the final swap.
    public typealias Exclusive = @Sendable (_ step: () throws -> Void) throws -> Void

    /// How a build evaluates and how strict it is.
    public struct Settings: Sendable {
        /// Warnings fail the build.
        public var strict = false
        /// Random draws for rank acceptability (SMAA); 0 leaves it out.
        public var draws = RankAcceptability.defaultDraws
        public var seed = RankAcceptability.defaultSeed

        public init(strict: Bool = false, draws: Int = RankAcceptability.defaultDraws, seed: UInt64 = RankAcceptability.defaultSeed) {
            self.strict = strict
            self.draws = draws
            self.seed = seed
        }
    }

    public let fileSystem: FileSystem
    public let settings: Settings
    let exclusive: Exclusive

    public init(fileSystem: FileSystem, settings: Settings = Settings(), exclusive: @escaping Exclusive = { try $0() }) {
        self.fileSystem = fileSystem
        self.settings = settings
        self.exclusive = exclusive
    }

    /// Builds the report and replaces `paths.output` with it; throws a `DiagnosticsError` with every diagnostic
    /// of the first stage that failed.
    // Untyped `throws` on purpose: with Swift 6.3.1, typed throws on functions returning a large struct
    // miscompiled in debug builds (a crash destroying the returned value); the errors are still DiagnosticsError.
    /// With `settings.strict`, warnings fail the build too.
    public func build(_ paths: Paths) throws -> Summary {
        try checkFolders(paths)
        var summary = try render(paths, strict: settings.strict)
        try summary.timings.measure("write") {
            try OutputWriter(fileSystem: fileSystem, exclusive: exclusive).write(summary.files, to: paths.output, displayName: paths.output)
        }
        return summary
    }

    /// Everything a build checks, without writing anything: the diagnostics of the first stage that failed,
    /// or the warnings of a build that would succeed.
    public func check(_ paths: Paths) -> [Diagnostic] {
        do {
            try checkFolders(paths)
            return try render(paths, strict: false).warnings
        } catch let error as DiagnosticsError {
            return error.diagnostics
        } catch {
            return [.error(at: .start(of: paths.content), "the check failed: \(error)")]
        }
    }

    private func render(_ paths: Paths, strict: Bool) throws -> Summary {
        let analysis = try analyse(paths)
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
        let pages: [OutputFile]
        do {
            pages = try timings.measure("render pages and data") {
                try ReportRenderer.render(model: analysis.model, passages: analysis.passages,
                                          evaluation: analysis.evaluation, templates: templates.templates)
            }
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([.error(at: .start(of: paths.output), "while rendering pages: \(error)",
                                           hint: "this is a bug in Assay; please report it with the content that causes it")])
        }
        let pagePaths = Set(pages.map(\.path))
        let clashes = templates.assets.filter { pagePaths.contains($0.path) }
        guard clashes.isEmpty else {
            throw DiagnosticsError(clashes.map {
                .error(at: .start(of: "\(paths.templates)/\($0.path)"), "this file would overwrite the generated page '\($0.path)'",
                       hint: "rename or move it; files in the templates folder are copied into the report as they are")
            })
        }
        let files = templates.assets + pages
        return Summary(files: files, warnings: analysis.warnings, model: analysis.model, evaluation: analysis.evaluation,
                       timings: timings)
    }

    /// The checked model, its anchored passages and evaluation, without rendering or writing anything.
    public struct Analysis: Sendable {
        public var model: ReportModel
        public var passages: AnchoredPassages
        public var evaluation: ReportEvaluation
        public var warnings: [Diagnostic]
        public var timings: StageTimings
    }

    public func analyse(_ paths: Paths) throws -> Analysis {
        var timings = StageTimings()
        let loaded = timings.measure("read content") {
            ContentLoader(fileSystem: fileSystem).load(from: paths.content, displayName: paths.content)
        }
        // A folder that could not be read at all has nothing more to say: "there is no article" would only repeat it.
        if loaded.files.isEmpty && loaded.diagnostics.containsErrors { throw DiagnosticsError(loaded.diagnostics) }
        let parsed = timings.measure("parse") { ContentParser.parse(loaded.files) }
        var diagnostics = loaded.diagnostics + parsed.diagnostics
        let validated = timings.measure("validate") { ModelValidator.validate(parsed.content, contentFolder: paths.content) }
        diagnostics += validated.diagnostics
        guard let model = validated.model, !diagnostics.containsErrors else { throw DiagnosticsError(diagnostics) }
        let anchored = timings.measure("anchor") { PassageAnchor.anchor(model, in: CommonMark.articleText(model.article.body)) }
        diagnostics += anchored.diagnostics
        guard !diagnostics.containsErrors else { throw DiagnosticsError(diagnostics) }
        timings.measure("lint") {
            diagnostics += MarkdownLint.check(model)
            diagnostics += EvidenceLint.check(model, passages: anchored.passages)
        }
        let evaluation = timings.measure(settings.draws > 0 ? "evaluate (\(settings.draws) SMAA draws)" : "evaluate") {
            ReportEvaluator.evaluate(model, draws: settings.draws, seed: settings.seed)
        }
        diagnostics += ExpectationChecker.check(model.expectations, against: evaluation)
        guard !diagnostics.containsErrors else { throw DiagnosticsError(diagnostics) }
        return Analysis(model: model, passages: anchored.passages, evaluation: evaluation, warnings: diagnostics, timings: timings)
    }

    /// The names of the temporary folders this process writes beside `output`, as prefixes.
    public static func temporaryPrefixes(for output: String) -> [String] { OutputWriter.temporaryPrefixes(for: output) }

    /// The output must not hold the content or templates: replacing it would delete them.
    private func checkFolders(_ paths: Paths) throws(DiagnosticsError) {
        let output = PathRules.standardize(paths.output)
        for (name, folder) in [("content", paths.content), ("templates", paths.templates)] {
            let standardized = PathRules.standardize(folder)
            if PathRules.isInside(standardized, output) || PathRules.isInside(output, standardized) {
                throw DiagnosticsError([.error(at: .start(of: paths.output), "the output folder overlaps the \(name) folder",
                                               hint: "write the report to a folder of its own, e.g. --output Output")])
            }
        }
    }
}
