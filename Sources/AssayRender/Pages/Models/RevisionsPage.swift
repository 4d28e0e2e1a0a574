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

/// One revision: its date, the analyst's note (HTML from Markdown), its changes and the conclusions it recorded.
struct RevisionItem: TemplateModel {
    var date: String
    var note: String
    var previousDate: String?
    var changes: [ChangeLine]
    var standings: [RecordedStanding]

    static let schema = ModelSchema<RevisionItem>("RevisionItem", [
        .text("date") { $0.date }, .text("anchor") { PagePaths.revisionFragment($0.date) },
        .text("note") { $0.note }, .bool("hasNote") { !$0.note.isEmpty },
        .text("previousDate") { $0.previousDate ?? "" }, .bool("isFirst") { $0.previousDate == nil },
        .list("changes") { $0.changes }, .bool("hasChanges") { !$0.changes.isEmpty },
        .list("standings") { $0.standings }, .bool("hasStandings") { !$0.standings.isEmpty },
    ])
}

/// What a revision recorded for one actor: its leading options with rank, score and share of first place, and the
/// preference whose weight had the least room before the ranking changed.
struct RecordedStanding: TemplateModel {
    var actor: String
    var actorHref: String?
    var places: [RecordedPlace]
    /// For an actor with red lines only: the options it accepted, a set and not a tie of ranks (as an inline list).
    var accepted: [RecordedPlace]
    /// Ranked (or accepted) options not shown.
    var more: Int
    var vetoed: Int
    /// "Cost stayed within 20–45 % of the total"; empty when none was recorded.
    var narrowestBand: String

    static let schema = ModelSchema<RecordedStanding>("RecordedStanding", [
        .text("actor") { $0.actor }, .link("actorHref") { $0.actorHref ?? "" }, .bool("hasActorHref") { $0.actorHref != nil },
        .list("places") { $0.places }, .int("placeCount") { $0.places.count }, .bool("hasPlaces") { !$0.places.isEmpty },
        .list("accepted") { $0.accepted }, .bool("hasAccepted") { !$0.accepted.isEmpty },
        .int("more") { $0.more }, .bool("hasMore") { $0.more > 0 },
        .int("vetoed") { $0.vetoed }, .bool("hasVetoed") { $0.vetoed > 0 },
        .text("narrowestBand") { $0.narrowestBand }, .bool("hasNarrowestBand") { !$0.narrowestBand.isEmpty },
    ])
}

/// One option in a recorded standing.
struct RecordedPlace: TemplateModel, InlineListItem {
    var rank: Int
    var title: String
    var href: String?
    /// Two decimals; empty for an actor without preferences.
    var score: String
    /// "93 %"; empty without draws.
    var firstShare: String
    var separator = ""

    static let schema = ModelSchema<RecordedPlace>("RecordedPlace", [
        .int("rank") { $0.rank }, .text("title") { $0.title }, .text("separator") { $0.separator },
        .link("href") { $0.href ?? "" }, .bool("hasHref") { $0.href != nil },
        .text("score") { $0.score }, .text("firstShare") { $0.firstShare },
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
