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
                             previousDate: entry.previous?.date, changes: entry.changes.sentences().map(line),
                             standings: standings(entry.revision, history: history))
            })
    }

    /// The leading options each actor had in a revision (a few: the page shows every revision), with the links of
    /// those that still exist.
    private func standings(_ revision: Revision, history: RevisionHistory) -> [RecordedStanding] {
        let shown = 3
        let order = Dictionary(ReportSummary.actorOrder(report.model).enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return revision.actors.sorted { (order[$0.actor] ?? Int.max, $0.actor) < (order[$1.actor] ?? Int.max, $1.actor) }.map { actor in
            let scored = !actor.weights.isEmpty
            let narrowest = actor.stability?.filter { !$0.value.isWhole }.min { ($0.value.width, $0.key) < ($1.value.width, $1.key) }
            // An actor with red lines only ranks nothing: what it accepted is a set, said as a list.
            let listed = scored ? shown : 10
            let places = actor.ranked.prefix(listed).map { place in
                RecordedPlace(rank: place.rank, title: history.title(place.option),
                              href: report.model.option(place.option) != nil ? PagePaths.option(place.option) : nil,
                              score: scored ? (place.score.map { Formatting.decimal($0) } ?? "") : "",
                              firstShare: place.firstShare.map { $0.percentText() } ?? "")
            }
            let more = max(0, actor.ranked.count - listed)
            return RecordedStanding(
                actor: history.title(actor.actor), actorHref: report.model.actor(actor.actor) != nil ? PagePaths.actor(actor.actor) : nil,
                places: scored ? places : [],
                accepted: scored ? [] : places.inSentence(last: more > 0 ? ", " : " and "),
                more: more, vetoed: actor.vetoed.count,
                narrowestBand: narrowest.map { "\(history.title($0.key)) stayed within \(RevisionChanges.band($0.value)) of the total" } ?? "")
        }
    }

    func latestRevision() -> LatestRevision? {
        note(.revisions)
        guard let history else { return nil }
        return LatestRevision(date: history.latest.date ?? "", count: history.entries.count)
    }

    func changedSince(_ optionID: OptionID) -> ChangedSince? {
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
