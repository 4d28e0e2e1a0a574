import AssayCore

/// A piece of the analysed report that a page or data file reads: the unit a change is tracked by.
///
/// Entities are tracked by field group, so that a page listing an option's title is not rebuilt when only the
/// option's body changes.
public enum Dependency: Hashable, Sendable {
    /// Which part of an entity is read.
    public enum Part: Hashable, Sendable {
        /// What other pages show of it: an option's title and summary, a criterion's title and kind, an actor's name,
        /// an assessment's judgement and citations.
        case heading
        /// Everything else: bodies, citations, scales, weights, confidence.
        case content
    }

    /// The site settings.
    case site
    /// The article's front matter: title, author, outlet, address, date.
    case article
    /// The article's text.
    case articleText
    /// Every anchored passage: where it is and what cites it.
    case passages
    /// The text of one passage, by id.
    case quote(PassageID)
    /// Everything the evaluation computes: rankings, verdicts, robustness, agreement.
    case evaluation
    /// The recorded revisions under `revisions/`.
    case revisions
    /// One part of one entity.
    case entity(ContentKind, String, Part)
    /// The ids of every entity of a kind: they change when one is added, removed or renamed.
    case members(ContentKind)
    /// One part of every entity of a kind (a list of every option's title reads this, not each title).
    case every(ContentKind, Part)
    /// Everything: a data file that exports the whole report.
    case everything
}

/// What one page read while it was built, collected as it reads. One log belongs to one page at a time.
public final class ReadLog: @unchecked Sendable {
    public private(set) var reads: Set<Dependency> = []

    public init() {}

    func note(_ dependency: Dependency) { reads.insert(dependency) }

    func note<S: Sequence>(_ dependencies: S) where S.Element == Dependency { reads.formUnion(dependencies) }
}
