import AssayCore

/// The recorded revisions with what changed at each, and what changed since the latest: the revisions page, the
/// feed, the index's date and the option pages' "changed since" notes read it. Made once per build, only when the
/// content has revisions.
struct RevisionHistory: Sendable {
    struct Entry: Sendable {
        var revision: Revision
        /// The revision before it; nil for the first.
        var previous: Revision?
        var changes: RevisionChanges
    }

    /// Oldest first.
    let entries: [Entry]
    /// From the latest revision to the content as it is now: what is not recorded yet.
    let pending: RevisionChanges
    let current: Revision
    // Each option page asks for its own sentences: grouped once, so a build does not say every change per option.
    private let pendingByOption: [OptionID: [[RevisionChanges.Segment]]]
    private let latestByOption: [OptionID: [[RevisionChanges.Segment]]]

    var latest: Revision { entries[entries.count - 1].revision }

    init?(_ report: ReportContext) {
        let revisions = report.model.revisions
        guard !revisions.isEmpty else { return nil }
        entries = revisions.indices.map { index in
            let previous = index > 0 ? revisions[index - 1] : nil
            return Entry(revision: revisions[index], previous: previous,
                         changes: previous.map { RevisionDiff.between($0, revisions[index]) } ?? RevisionChanges())
        }
        current = RevisionRecorder.record(report.model, passages: report.passages, evaluation: report.evaluation, date: nil, note: nil)
        pending = RevisionDiff.between(revisions[revisions.count - 1], current)
        pendingByOption = Self.byOption(pending)
        latestByOption = entries.last.map { Self.byOption($0.changes) } ?? [:]
    }

    /// What an option page says changed: the changes not recorded yet, or else those of the latest revision.
    func note(forOption id: OptionID) -> (since: String, recorded: String?, lines: [[RevisionChanges.Segment]])? {
        if let unrecorded = pendingByOption[id] { return (latest.date ?? "", nil, unrecorded) }
        guard let last = entries.last, let previous = last.previous, let recorded = latestByOption[id] else { return nil }
        return (previous.date ?? "", last.revision.date, recorded)
    }

    /// Each option's sentences, in the order the changes are said; a sentence naming several options is under each.
    private static func byOption(_ changes: RevisionChanges) -> [OptionID: [[RevisionChanges.Segment]]] {
        var grouped: [OptionID: [[RevisionChanges.Segment]]] = [:]
        for sentence in changes.sentences() {
            var named: Set<OptionID> = []
            for case .option(let id) in sentence where named.insert(id).inserted { grouped[id, default: []].append(sentence) }
        }
        return grouped
    }

    /// A title from the newest place that has it: the content now, then the revisions, newest first.
    func title<Entity>(_ id: EntityID<Entity>) -> String {
        if let title = current.titles[id.rawValue] { return title }
        return entries.reversed().lazy.compactMap { $0.revision.titles[id.rawValue] }.first ?? id.rawValue
    }
}
