import ArgumentParser
import AssayCore
import AssaySite
import Foundation

struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record the report's current conclusions as a revision in Content/revisions/.",
        discussion: """
            Writes Content/revisions/DATE.json: the ranks, scores and vetoes for every actor, tensions, expectations, \
            every assessment's judgement and the passages cited, with an optional note in Markdown. Revisions are \
            content: commit them. The report then lists them on revisions.html, says on each option page what changed, \
            and publishes feed.xml. 'assay build' never writes a revision.
            """
    )

    @OptionGroup var folders: Folders

    @ArgumentParser.Option(help: "The revision's day, YYYY-MM-DD (default: the day of the newest change in the content folder).")
    var date: String?

    // Unconditional: a note may begin with '-' ("--note -3 points after the re-reading").
    @ArgumentParser.Option(parsing: .unconditional, help: "A note on what changed and why, in Markdown.")
    var note: String?

    @ArgumentParser.Option(help: "A Markdown file with the note.")
    var noteFile: String?

    func validate() throws {
        if let date, !RevisionDate.isValid(date) { throw ValidationError("'\(date)' is not a day: write YYYY-MM-DD, e.g. 2026-11-29") }
        if note != nil && noteFile != nil { throw ValidationError("give the note with --note or --note-file, not both") }
    }

    func run() throws {
        let analysis = try folders.analysedContent(failure: "assay snapshot: the content has errors; nothing was recorded",
                                                      draws: RankAcceptability.defaultDraws)
        let text: String?
        do {
            text = try noteFile.map { try String(contentsOfFile: $0, encoding: .utf8) } ?? note
        } catch {
            DiagnosticPrinter.print([.error(at: .start(of: noteFile ?? ""), "the note cannot be read",
                                     hint: "give a UTF-8 Markdown file")])
            throw ExitCode(2)
        }
        if let text, let bad = ForbiddenCharacters.first(in: text) {
            DiagnosticPrinter.print([.error(at: .start(of: noteFile ?? "--note"), "the note holds the control character \(ForbiddenCharacters.name(bad.scalar)), which a report cannot show",
                                     hint: "remove it; nothing was recorded")])
            throw ExitCode(2)
        }
        let day = date ?? newestChange()
        let file = folders.content + "/revisions/\(day).json"
        if FileManager.default.fileExists(atPath: file) {
            DiagnosticPrinter.print([.error(at: .start(of: file), "a revision of \(day) is already recorded",
                                     hint: "pass --date with another day, or delete the file to record it again")])
            throw ExitCode(2)
        }
        if let latest = analysis.model.revisions.last?.date, latest > day {
            DiagnosticPrinter.print([.error(at: .start(of: "\(folders.content)/revisions/\(latest).json"), "the revision of \(day) would come before the latest, of \(latest)",
                                     hint: "revisions follow each other in time: pass --date \(RevisionDate.dayAfter(latest) ?? latest) or later")])
            throw ExitCode(2)
        }
        let revision = RevisionRecorder.record(analysis.model, passages: analysis.passages, evaluation: analysis.evaluation, date: day,
                                               note: text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 })
        // Whole or not at all: a full disk or a kill leaves at most a hidden temporary file, which builds skip and the
        // next snapshot replaces, never a truncated revision that every later command would refuse.
        let temporary = folders.content + "/revisions/.\(day).json.partial"
        do {
            try FileSystem.local.write(temporary, revision.fileBytes())
            try FileSystem.local.move(temporary, file)
        } catch {
            try? FileSystem.local.remove(temporary)
            DiagnosticPrinter.print([.error(at: .start(of: file), "the revision cannot be written: \(error)",
                                     hint: "check the free space and permissions of \(folders.content)/revisions; nothing was recorded")])
            throw ExitCode(2)
        }
        let previous = analysis.model.revisions.last { ($0.date ?? "") < day }
        let summary = previous.map { old in
            let count = RevisionDiff.between(old, revision).sentences().count
            return count == 0 ? "no change since \(old.date ?? "")" : "\(count) change\(count == 1 ? "" : "s") since \(old.date ?? "")"
        } ?? "the first revision"
        print("Recorded \(file): \(summary).")
    }

    /// The day (UTC) of the newest file in the content folder, revisions aside.
    private func newestChange() -> String {
        let manager = FileManager.default
        var newest = Date(timeIntervalSince1970: 0)
        if let walker = manager.enumerator(atPath: folders.content) {
            for case let path as String in walker where !path.hasPrefix("revisions") {
                if let modified = try? manager.attributesOfItem(atPath: folders.content + "/" + path)[.modificationDate] as? Date, modified > newest {
                    newest = modified
                }
            }
        }
        return RevisionDate.day(of: newest)
    }
}
