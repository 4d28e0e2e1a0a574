import AssayTemplates

/// `revisions.html`: every recorded revision, newest first, with its note and what changed since the one before.
struct RevisionsPage: TemplateModel {
    var pending: [ChangeLine]
    var latestDate: String
    var revisions: [RevisionItem]

    static let schema = ModelSchema<RevisionsPage>("RevisionsPage", [
        .list("pending") { $0.pending }, .bool("hasPending") { !$0.pending.isEmpty }, .text("latestDate") { $0.latestDate },
        .list("revisions") { $0.revisions }, .link("feedHref") { _ in PagePaths.feed },
    ])
}

/// One revision: its date, the analyst's note (HTML from Markdown) and its changes.
struct RevisionItem: TemplateModel {
    var date: String
    var note: String
    var previousDate: String?
    var changes: [ChangeLine]

    static let schema = ModelSchema<RevisionItem>("RevisionItem", [
        .text("date") { $0.date }, .text("anchor") { PagePaths.revisionFragment($0.date) },
        .text("note") { $0.note }, .bool("hasNote") { !$0.note.isEmpty },
        .text("previousDate") { $0.previousDate ?? "" }, .bool("isFirst") { $0.previousDate == nil },
        .list("changes") { $0.changes }, .bool("hasChanges") { !$0.changes.isEmpty },
    ])
}

/// A sentence saying what changed, as escaped HTML with its links.
struct ChangeLine: TemplateModel {
    var html: String
    static let schema = ModelSchema<ChangeLine>("ChangeLine", [.text("html") { $0.html }])
}

/// On an option page: what changed about it since a revision.
struct ChangedSince: TemplateModel {
    /// The revision the change is measured from.
    var since: String
    /// The revision that recorded the change; nil when it is not recorded yet.
    var recorded: String?
    var lines: [ChangeLine]

    static let schema = ModelSchema<ChangedSince>("ChangedSince", [
        .text("since") { $0.since }, .text("recorded") { $0.recorded ?? "" }, .bool("isRecorded") { $0.recorded != nil },
        .list("lines") { $0.lines },
        .link("href") { $0.recorded.map { PagePaths.revisions + "#" + PagePaths.revisionFragment($0) } ?? PagePaths.revisions },
    ])
}

/// On the index: the latest revision's date and the way to the revisions page.
struct LatestRevision: TemplateModel {
    var date: String
    var count: Int

    static let schema = ModelSchema<LatestRevision>("LatestRevision", [
        .text("date") { $0.date }, .int("count") { $0.count },
        .link("href") { $0.date.isEmpty ? PagePaths.revisions : PagePaths.revisions + "#" + PagePaths.revisionFragment($0.date) },
        .link("feedHref") { _ in PagePaths.feed },
    ])
}
