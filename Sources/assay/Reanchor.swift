import ArgumentParser
import AssayCore
import AssayRender
import AssaySite
import Foundation

struct Reanchor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Place every quote in a new version of the article, and say what moved, what was reworded and what is gone.",
        discussion: """
            Given a new version of the article (a file), the quotes are placed in it from where they stand in \
            Content/article.md; without one, in Content/article.md as it is now, from where the latest revision recorded \
            them. Each quote is unchanged, moved (the same words elsewhere), reworded (at least \
            \(Int(QuoteRelocator.certainSimilarity * 100))% of its words kept in one place: certain), uncertain (at least \
            \(Int(QuoteRelocator.candidateSimilarity * 100))%: a candidate to check), ambiguous (several places fit as \
            well) or gone. With --write, the citations of certain places are rewritten (a reworded one gains \
            'reworded: {on: DAY, was: "…"}', shown on its pages until you remove it), and a new version given as a file \
            becomes Content/article.md; the rest are left to you, each with a located warning. Nothing is written unless \
            the rewritten files read back to the same content apart from the quotes. Exit status: 0 when every quote \
            stands as cited, 1 when something is left to do, 2 on errors.
            """
    )

    @OptionGroup var folders: Folders

    @Argument(help: "The new version of the article: a Markdown file, with or without its front matter.")
    var newArticle: String?

    @Flag(help: "Rewrite the citations whose new place is certain (and replace the article with the new version given).")
    var write = false

    @ArgumentParser.Option(help: "The day written in 'reworded: {on: …}' (default: today).")
    var date: String?

    func validate() throws {
        if let date, !RevisionDate.isValid(date) { throw ValidationError("'\(date)' is not a day: write YYYY-MM-DD") }
    }

    func run() throws {
        let paths = folders.paths
        let model: ReportModel
        do {
            model = try SiteBuilder(fileSystem: .local, settings: .init(draws: 0)).validatedModel(paths)
        } catch let error as DiagnosticsError {
            DiagnosticPrinter.print(error.diagnostics.sortedByLocation())
            DiagnosticPrinter.print(Diagnostic.Problem("the content has errors besides its quotes",
                                                       hint: "fix the errors above first, then run reanchor again"), of: "reanchor")
            throw ExitCode(2)
        }
        let (newText, newFile) = try newVersion(model)
        let citations = model.allCitations.map(\.citation)
        let selectors = Array(Set(citations.map(\.selector))).sorted { ($0.exact, $0.prefix ?? "") < ($1.exact, $1.prefix ?? "") }
        let places = oldPlaces(model, selectors)
        let relocator = QuoteRelocator(CommonMark.articleText(newText))
        let found = Dictionary(uniqueKeysWithValues: selectors.map { ($0, relocator.relocate($0, from: places[$0])) })
        printTable(found, citations: citations, against: newArticle ?? "\(folders.content)/article.md")

        let day = date ?? RevisionDate.day(of: Date())
        var edits: [String: [CitationRewriter.Edit]] = [:]
        var left: [Diagnostic] = []
        for citation in citations {
            guard let relocation = found[citation.selector] else { continue }
            if relocation.needsRewrite(of: citation.selector), let new = relocation.selector {
                let edit = CitationRewriter.Edit(line: citation.location.line, column: citation.location.column, old: citation.selector, new: new,
                                                 rewording: relocation.kind == .reworded ? .init(date: day, was: citation.selector.exact) : nil)
                edits[citation.location.file, default: []].append(edit)
            } else if let warning = Self.warning(citation, relocation) {
                left.append(warning)
            }
        }
        let rewrites = edits.values.reduce(0) { $0 + $1.count }
        guard write else {
            DiagnosticPrinter.print(left.sortedByLocation())
            if rewrites > 0 { print("\nRun again with --write to rewrite the \(rewrites) citation\(rewrites == 1 ? "" : "s") whose new place is certain.") }
            if rewrites > 0 || !left.isEmpty || newFile != nil { throw ExitCode(1) }
            return
        }
        let written = try rewriteFiles(edits, model: model, paths: paths, newFile: newFile, left: &left)
        DiagnosticPrinter.print(left.sortedByLocation())
        for (file, count) in written.sorted(by: { $0.key < $1.key }) { print("Rewrote \(count) citation\(count == 1 ? "" : "s") in \(file)") }
        if newFile != nil { print("\(folders.content)/article.md now holds \(newArticle ?? "")") }
        if !left.isEmpty { throw ExitCode(1) }
    }

    // MARK: The two versions

    /// The new text, and the whole file to write as the article (nil when the article itself is the new version).
    private func newVersion(_ model: ReportModel) throws -> (body: String, file: String?) {
        guard let newArticle else { return (model.article.body, nil) }
        let text: String
        do {
            text = String(decoding: try FileSystem.local.read(newArticle), as: UTF8.self)
        } catch {
            DiagnosticPrinter.print([.error(at: .start(of: newArticle), "the new version cannot be read", hint: "give the path of a Markdown file")])
            throw ExitCode(2)
        }
        guard text.hasPrefix("---") else {
            // A body alone: it takes the place of the article's body, under the article's own front matter.
            let old = String(decoding: (try? FileSystem.local.read(folders.content + "/article.md")) ?? [], as: UTF8.self)
            let head = old.components(separatedBy: "\n").prefix(model.article.bodyLine - 1).joined(separator: "\n")
            return (text, head + "\n" + text)
        }
        switch FrontMatter.split(text, file: newArticle) {
        case .success(let split): return (split.body, text)
        case .failure(let diagnostic):
            DiagnosticPrinter.print([diagnostic])
            throw ExitCode(2)
        }
    }

    /// Where each quote stood: in the article as it is, when a new version is given; else where the latest revision
    /// recorded it.
    private func oldPlaces(_ model: ReportModel, _ selectors: [QuoteSelector]) -> [QuoteSelector: QuoteRelocator.OldPlace] {
        if newArticle != nil { return QuoteRelocator.oldPlaces(of: selectors, in: CommonMark.articleText(model.article.body)) }
        guard let latest = model.revisions.last, latest.passages.contains(where: { $0.before != nil }) else {
            print("No revision records where the quotes stood: a quote that moved reads as unchanged.")
            return [:]
        }
        let fold = { (text: String) in String(String.UnicodeScalarView(TextFolding.fold(text))) }
        let recorded = Dictionary(latest.passages.compactMap { passage in
            passage.before.map { (fold(passage.text), QuoteRelocator.OldPlace(before: $0, after: passage.after ?? "")) }
        }, uniquingKeysWith: { first, _ in first })
        return Dictionary(uniqueKeysWithValues: selectors.compactMap { selector in recorded[fold(selector.exact)].map { (selector, $0) } })
    }

    // MARK: Saying it

    private func printTable(_ found: [QuoteSelector: QuoteRelocator.Relocation], citations: [Citation], against file: String) {
        let counts = Dictionary(grouping: found.values, by: \.kind).mapValues(\.count)
        let kinds: [QuoteRelocator.Kind] = [.unchanged, .moved, .reworded, .uncertain, .ambiguous, .gone]
        print("\(found.count) quote\(found.count == 1 ? "" : "s") placed in \(file): "
              + kinds.compactMap { kind in counts[kind].map { "\($0) \(kind.rawValue)" } }.joined(separator: ", ") + ".")
        let firstCitation = Dictionary(citations.map { ($0.selector, $0.location) }, uniquingKeysWith: { first, _ in first })
        for kind in kinds.dropFirst() {
            for (selector, relocation) in found.filter({ $0.value.kind == kind }).sorted(by: { "\(firstCitation[$0.key]!)" < "\(firstCitation[$1.key]!)" }) {
                let similarity = kind == .gone || kind == .ambiguous ? "    " : String(format: "%.2f", relocation.similarity)
                print("\n\(kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(similarity)  \(firstCitation[selector]!)")
                print("    was: \(YAMLQuote.quoted(selector.exact))")
                if !relocation.wordDiff.isEmpty { print("    words: \(relocation.wordDiff)") }
                if !relocation.context.isEmpty { print("    now: \(relocation.context)") }
                for place in relocation.alternatives { print("    fits: \(place)") }
            }
        }
    }

    /// What is left to the analyst at one citation; nil when it stands as cited.
    private static func warning(_ citation: Citation, _ relocation: QuoteRelocator.Relocation) -> Diagnostic? {
        switch relocation.kind {
        case .unchanged, .moved, .reworded: return nil
        case .uncertain:
            let candidate = relocation.selector.map { YAMLQuote.quoted($0.exact) } ?? ""
            return .warning(at: citation.location,
                            "the quote was reworded beyond certainty (\(Int((relocation.similarity * 100).rounded()))% of its words kept): \(relocation.wordDiff)",
                            hint: "if it still says what the judgement rests on, cite: - \(candidate)")
        case .ambiguous:
            return .warning(at: citation.location, "the quote fits \(relocation.alternatives.count) places equally well in the new version",
                            hint: "cite it with a prefix that picks one: 'assay quote' prints it")
        case .gone:
            return .warning(at: citation.location, "the quote is no longer in the article: \(YAMLQuote.quoted(citation.selector.exact))",
                            hint: "cite other words, or remove the citation and say why in the body")
        }
    }

    // MARK: Writing

    /// Rewrites the files, only once every one of them reads back to the same content apart from its quotes.
    private func rewriteFiles(_ edits: [String: [CitationRewriter.Edit]], model: ReportModel, paths: SiteBuilder.Paths, newFile: String?,
                              left: inout [Diagnostic]) throws -> [String: Int] {
        var texts: [String: [UInt8]] = [:]
        var counts: [String: Int] = [:]
        for (file, fileEdits) in edits {
            let text = String(decoding: try FileSystem.local.read(file), as: UTF8.self)
            // Each edit alone first: one written in a form that cannot be rewritten in place is left to the analyst.
            let doable = fileEdits.filter { edit in
                if case .failure(let refusal) = CitationRewriter.rewrite(text, [edit]) {
                    left.append(.warning(at: SourceLocation(file: file, line: edit.line, column: edit.column),
                                         "the citation cannot be rewritten in place: \(refusal.reason)",
                                         hint: "cite: - \(YAMLQuote.quoted(edit.new.exact))" + (edit.new.prefix.map { " with prefix: \(YAMLQuote.quoted($0))" } ?? "")))
                    return false
                }
                return true
            }
            guard !doable.isEmpty, case .success(let rewritten) = CitationRewriter.rewrite(text, doable) else { continue }
            texts[file] = Array(rewritten.utf8)
            counts[file] = doable.count
        }
        if let newFile { texts[paths.content + "/article.md"] = Array(newFile.utf8) }
        try verify(texts, edits: edits, model: model, paths: paths)
        for (file, bytes) in texts {
            try Data(bytes).write(to: URL(fileURLWithPath: file), options: .atomic)
        }
        return counts
    }

    /// Reads the content back with the rewritten files in place: it must hold the same entities and judgements, and
    /// each citation the quote it was meant to get.
    private func verify(_ texts: [String: [UInt8]], edits: [String: [CitationRewriter.Edit]], model: ReportModel, paths: SiteBuilder.Paths) throws {
        var overlay = FileSystem.local
        let local = FileSystem.local
        overlay.read = { path in try texts[path] ?? local.read(path) }
        overlay.readRange = nil
        overlay.size = nil
        let written = Set(texts.keys)
        let replaced = Dictionary(edits.values.joined().map { ("\($0.line):\($0.column):\($0.old.exact)", $0) }, uniquingKeysWith: { first, _ in first })
        let expected = model.allCitations.map { citer, citation -> String in
            var citation = citation
            if written.contains(citation.location.file),
               let edit = replaced["\(citation.location.line):\(citation.location.column):\(citation.selector.exact)"] {
                citation.selector = edit.new
                citation.rewording = edit.rewording
            }
            return "\(citer) \(citation.selector) \(citation.explicitID ?? "") \(String(describing: citation.rewording))"
        }
        let reread: ReportModel
        do {
            reread = try SiteBuilder(fileSystem: overlay, settings: .init(draws: 0)).validatedModel(paths)
        } catch let error as DiagnosticsError {
            DiagnosticPrinter.print(error.diagnostics.sortedByLocation())
            DiagnosticPrinter.print(Diagnostic.Problem("the rewritten files would not read back; nothing was written",
                                                       hint: "this is a bug in reanchor: please report it with the files above"), of: "reanchor")
            throw ExitCode(2)
        }
        let got = reread.allCitations.map { citer, citation in
            "\(citer) \(citation.selector) \(citation.explicitID ?? "") \(String(describing: citation.rewording))"
        }
        let judgements = { (model: ReportModel) in
            model.assessments.map { "\($0.id) \($0.judgement) \($0.confidence)" } + model.options.map { "\($0.id) \($0.title)" }
                + model.criteria.map { "\($0.id) \($0.title) \(String(describing: $0.weight))" } + model.actors.map { "\($0.id) \($0.name)" }
        }
        guard got == expected, judgements(reread) == judgements(model) else {
            DiagnosticPrinter.print(Diagnostic.Problem("the rewritten files would not read back to the same content; nothing was written",
                                                       hint: "this is a bug in reanchor: please report it with the content"), of: "reanchor")
            throw ExitCode(2)
        }
    }
}
