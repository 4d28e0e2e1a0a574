import AssayCore

/// The pieces made from the recorded revisions: the revisions page, the index's latest date, an option's
/// "changed since" note.
extension PageBuilder {
    func revisionsPage() -> RevisionsPage? {
        guard let history, let html = revisionHTML else { return nil }
        // Titles, links and quotes come from the whole report as it is now.
        note(.everything)
        let line = { (segments: [RevisionChanges.Segment]) in ChangeLine(html: html.html(segments, prefix: "")) }
        return RevisionsPage(
            pending: history.pending.sentences().map(line), latestDate: history.latest.date ?? "",
            revisions: history.entries.reversed().map { entry in
                RevisionItem(date: entry.revision.date ?? "",
                             note: report.bodies.html(of: .revisionNote(entry.revision.date ?? "")),
                             previousDate: entry.previous?.date, changes: entry.changes.sentences().map(line))
            })
    }

    func latestRevision() -> LatestRevision? {
        note(.revisions)
        guard let history else { return nil }
        return LatestRevision(date: history.latest.date ?? "", count: history.entries.count)
    }

    func changedSince(_ optionID: String) -> ChangedSince? {
        note(.revisions)
        guard let history, let html = revisionHTML else { return nil }
        // What has changed since the latest revision depends on the conclusions, the judgements, the passages and the
        // names the sentences use.
        note(.evaluation, .passages, .articleText, .every(.assessment, .heading), .members(.assessment),
             .members(.option), .members(.criterion), .members(.actor), .every(.option, .heading), .every(.criterion, .heading),
             .every(.actor, .heading))
        guard let found = history.note(forOption: optionID) else { return nil }
        return ChangedSince(since: found.since, recorded: found.recorded, lines: found.lines.map { ChangeLine(html: html.html($0, prefix: "../")) })
    }
}
