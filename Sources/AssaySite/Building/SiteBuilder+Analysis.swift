import AssayCore
import AssayRender

/// The stages before rendering: read, parse, validate, anchor, lint and evaluate — each skipped, under a build
/// session, when nothing it reads changed.
extension SiteBuilder {
    /// The checked model, its anchored passages and evaluation, without rendering or writing anything.
    public struct Analysis: Sendable {
        public var model: ReportModel
        public var passages: AnchoredPassages
        public var evaluation: ReportEvaluation
        /// The HTML of every Markdown body, rendered once.
        public var bodies: MarkdownBodies
        public var warnings: [Diagnostic]
        public var timings: StageTimings
        /// Every content file read, as diagnostics name it, with the digest of its bytes.
        public var inputs: [String: ContentDigest]
        /// The warnings of anchoring, kept with the passages.
        var anchorDiagnostics: [Diagnostic] = []
    }

    /// The content read, parsed and checked, with its quotes not yet looked up in the article: for `assay reanchor`,
    /// which runs exactly when they no longer match. Errors are thrown, all of them together.
    public func validatedModel(_ paths: Paths) throws -> ReportModel {
        let loaded = ContentLoader(fileSystem: fileSystem).load(from: paths.content, displayName: paths.content)
        let parsed = ContentParser.parse(loaded.files)
        let validated = ModelValidator.validate(parsed.content, contentFolder: paths.content)
        let diagnostics = loaded.diagnostics + parsed.diagnostics + validated.diagnostics
        guard let model = validated.model, !diagnostics.containsErrors else { throw DiagnosticsError(diagnostics) }
        return model
    }

    public func analyse(_ paths: Paths) throws -> Analysis {
        try analyse(paths, timings: StageTimings(), session: .oneOff(), lastGood: nil, changedPaths: nil).analysis
    }

    /// The analysis, and under a session with a good build what changed since it (nil: everything is new).
    func analyse(_ paths: Paths, timings: StageTimings, session: BuildSession, lastGood: BuildSession.GoodBuild?,
                 changedPaths hints: Set<String>?) throws -> (analysis: Analysis, changes: ReportChanges?) {
        var timings = timings
        let loader = ContentLoader(fileSystem: fileSystem)
        let kept = session.inputs.flatMap { $0.folder == paths.content ? $0 : nil }
        // With the watcher's list of changed paths, only those are read again.
        let reloaded = hints.flatMap { hints in
            kept.flatMap { loader.reload($0.files, hadProblems: $0.hadLoadProblems, from: paths.content, displayName: paths.content,
                                         changedPaths: hints) }
        }
        let loaded = reloaded.map { (files: $0.files, diagnostics: [Diagnostic]()) } ?? timings.measure("read content") {
            loader.load(from: paths.content, displayName: paths.content)
        }
        // A file not read again keeps its digest.
        let oldDigests = kept?.digests ?? [:]
        let digested = Parallel.map(loaded.files) { file -> (String, ContentDigest) in
            if let reloaded, !reloaded.reread.contains(file.displayPath), let digest = oldDigests[file.displayPath] {
                return (file.displayPath, digest)
            }
            return (file.displayPath, ContentDigest.of(file.bytes))
        }
        let inputs = Dictionary(digested, uniquingKeysWith: { _, last in last })
        if session.keeps && session.good != nil {
            // Read again from the watcher's list, only its paths can differ: every other file kept its digest above.
            session.changedSinceGood.formUnion(InputDigests.changed(from: oldDigests, to: inputs, among: reloaded == nil ? nil : hints))
        }
        // A folder that could not be read at all has nothing more to say: "there is no article" would only repeat it.
        if loaded.files.isEmpty && loaded.diagnostics.containsErrors {
            session.inputs = nil
            throw DiagnosticsError(loaded.diagnostics)
        }
        let parsed = timings.measure("parse") {
            ContentParser.parse(loaded.files, digests: session.keeps ? inputs : [:], reusing: kept?.assembly)
        }
        if session.keeps {
            session.inputs = .init(folder: paths.content, files: loaded.files, hadLoadProblems: !loaded.diagnostics.isEmpty, digests: inputs,
                                   assembly: parsed.assembly, markdown: kept?.markdown ?? MarkdownLint.Kept())
        }
        var diagnostics = loaded.diagnostics + parsed.diagnostics
        let validated = timings.measure("validate") { ModelValidator.validate(parsed.content, contentFolder: paths.content) }
        diagnostics += validated.diagnostics
        guard let model = validated.model, !diagnostics.containsErrors else { throw DiagnosticsError(diagnostics) }
        // What changed since the good build, entity by entity, from the files whose bytes changed.
        var changes = lastGood.map { lastGood in
            timings.measure("compare") {
                ReportChanges.between(lastGood.analysis.model, model, entities: Set(session.changedSinceGood.compactMap { display in
                    guard display.hasPrefix(paths.content + "/"),
                          case .success(let entity) = ContentKind.classify(String(display.dropFirst(paths.content.count + 1))),
                          entity.kind != .article else { return nil }
                    return ReportChanges.Entity(kind: entity.kind, id: entity.id)
                }))
            }
        }
        let anchored: (passages: AnchoredPassages, diagnostics: [Diagnostic])
        if let lastGood, let changes, !changes.anchoringInputs {
            anchored = (lastGood.analysis.passages, lastGood.analysis.anchorDiagnostics)
        } else {
            anchored = timings.measure("anchor") { PassageAnchor.anchor(model, in: CommonMark.articleText(model.article.body)) }
            if let lastGood { changes?.comparePassages(lastGood.analysis.passages, anchored.passages) }
        }
        diagnostics += anchored.diagnostics
        guard !diagnostics.containsErrors else { throw DiagnosticsError(diagnostics) }
        let bodies = timings.measure("lint and render Markdown") { () -> MarkdownBodies in
            let markdown = MarkdownLint.check(model, reusing: session.inputs?.markdown)
            session.inputs?.markdown = markdown.kept
            diagnostics += markdown.diagnostics
            diagnostics += EvidenceLint.check(model, passages: anchored.passages)
            return markdown.bodies
        }
        let evaluation: ReportEvaluation
        if let lastGood, let current = changes, !current.evaluationInputs {
            evaluation = lastGood.analysis.evaluation
        } else {
            evaluation = timings.measure(settings.draws > 0 ? "evaluate (\(settings.draws) SMAA draws)" : "evaluate") {
                ReportEvaluator.evaluate(model, draws: settings.draws, seed: settings.seed)
            }
            changes?.evaluationChanged()
        }
        diagnostics += ExpectationChecker.check(model.expectations, against: evaluation).map { failure in
            var failure = failure
            if !settings.enforcesExpectations { failure.severity = .warning }
            return failure
        }
        guard !diagnostics.containsErrors else { throw DiagnosticsError(diagnostics) }
        return (Analysis(model: model, passages: anchored.passages, evaluation: evaluation, bodies: bodies, warnings: diagnostics,
                         timings: timings, inputs: inputs, anchorDiagnostics: anchored.diagnostics), changes)
    }
}
