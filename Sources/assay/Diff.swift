import ArgumentParser
import AssayCore
import AssaySite
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Say what changed in the conclusions between two revisions, a revision and the content, or two report.json files.",
        discussion: """
            With no file: the latest revision in Content/revisions/ against the content as it is. With one: that file \
            against the content. With two: the first against the second. A file is a revision or a report's \
            data/report.json. Exit status: 0 when the conclusions are the same, 1 when something changed, 2 on errors.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var folders: Folders

    @Argument(help: "The older revision or report.json.")
    var old: String?

    @Argument(help: "The newer revision or report.json.")
    var new: String?

    @ArgumentParser.Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        // The content is analysed once, and only when a side is not given as a file.
        // Expectations that fail are shown, not fatal: that is when the analyst most wants to see what moved.
        let analysis = old == nil || new == nil ? try folders.analysedContent(enforcingExpectations: false, draws: RankAcceptability.defaultDraws) : nil
        if let analysis {
            let failed = analysis.warnings.filter { $0.message.hasPrefix("expectation not met") }
            if !failed.isEmpty { DiagnosticPrinter.print(failed.sortedByLocation()) }
        }
        let (before, beforeName) = try old.map { (try read($0), $0) } ?? latestRevision(analysis)
        let (after, afterName) = try new.map { (try read($0), $0) } ?? (currentContent(analysis), "the content now")
        let changes = RevisionDiff.between(before, after)
        let title = { (id: String) in after.titles[id] ?? before.titles[id] ?? id }
        let sentences = changes.text(titles: title)
        switch format {
        case .text:
            print(sentences.isEmpty ? "No change in the conclusions from \(beforeName) to \(afterName)."
                  : "From \(beforeName) to \(afterName):\n" + sentences.map { "- \($0)" }.joined(separator: "\n"))
        case .json:
            struct Output: Encodable {
                var from: String
                var to: String
                var changed: Bool
                var sentences: [String]
                var changes: RevisionChanges
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let json = try encoder.encode(Output(from: beforeName, to: afterName, changed: !changes.isEmpty, sentences: sentences, changes: changes))
            print(String(decoding: json, as: UTF8.self))
        }
        if !changes.isEmpty { throw ExitCode(1) }
    }

    private func read(_ path: String) throws -> Revision {
        guard let bytes = try? FileSystem.local.read(path) else {
            DiagnosticPrinter.print([.error(at: .start(of: path), "the file cannot be read",
                                     hint: "give a revision from Content/revisions/ or a report's data/report.json")])
            throw ExitCode(2)
        }
        switch Revision.read(bytes) {
        case .success(let revision): return revision
        case .failure(let problem):
            DiagnosticPrinter.print([Diagnostic(at: .start(of: path), problem)])
            throw ExitCode(2)
        }
    }

    private func latestRevision(_ analysis: SiteBuilder.Analysis?) throws -> (Revision, String) {
        guard let latest = analysis?.model.revisions.last else {
            DiagnosticPrinter.print([.error(at: .start(of: "\(folders.content)/revisions"), "there is no revision to compare with",
                                     hint: "record one with 'assay snapshot', or give two files")])
            throw ExitCode(2)
        }
        return (latest, "the revision of \(latest.date ?? "")")
    }

    private func currentContent(_ analysis: SiteBuilder.Analysis?) -> Revision {
        // Only called when `run` analysed the content.
        let analysis = analysis!
        return RevisionRecorder.record(analysis.model, passages: analysis.passages, evaluation: analysis.evaluation, date: nil, note: nil)
    }
}
