/// What changed in the conclusions between two revisions: options that moved and why, vetoes, tensions,
/// passages and quotes, assessments and weights. Empty when the conclusions are the same.
public struct RevisionChanges: Sendable, Codable, Equatable {
    /// An option whose place in an actor's ranking changed (from one rank to another, or into or out of "not scored").
    public struct Move: Sendable, Codable, Equatable {
        public var actor: ActorID
        public var option: OptionID
        /// "1", "2", …, or "not scored", "vetoed", "absent".
        public var from: String
        public var to: String
        /// What changed that this option's place depends on: its assessments on the actor's criteria, the actor's weights,
        /// the values of the levels it has.
        public var assessments: [AssessmentChange]
        public var weights: [WeightChange]
        public var levelValues: [LevelValueChange]
        /// Its score before and after, where it had one.
        public var oldScore: Double? = nil
        public var newScore: Double? = nil
    }

    /// An option that kept its place but whose score moved (by at least 0.005, so the two figures shown differ).
    public struct ScoreChange: Sendable, Codable, Equatable {
        public var actor: ActorID
        public var option: OptionID
        public var old: Double
        public var new: Double
    }

    /// How sure the first place is: the share of rank-acceptability draws in which the option ranked first now
    /// ranks first, before and after (when it changed by a percentage point or more). `wasFirst` says whether it
    /// led before: if not, it is a new leader.
    public struct FirstShareChange: Sendable, Codable, Equatable {
        public var actor: ActorID
        public var option: OptionID
        public var old: Double
        public var new: Double
        public var wasFirst: Bool
    }

    /// A preference's stability band that widened or narrowed (either end moved by a percentage point or more).
    public struct BandChange: Sendable, Codable, Equatable {
        public var actor: ActorID
        public var criterion: CriterionID
        public var old: Revision.Band
        public var new: Revision.Band
    }

    /// A level of a preference's scale whose value changed.
    public struct LevelValueChange: Sendable, Codable, Equatable {
        public var criterion: CriterionID
        public var level: LevelID
        public var old: Double?
        public var new: Double?
        /// The level's label, where it differs from its id.
        public var label: String? = nil
    }

    /// An option an actor now vetoes (`added`), or no longer does.
    public struct VetoChange: Sendable, Codable, Equatable {
        public var actor: ActorID
        public var option: OptionID
        public var redLines: [CriterionID]
        public var added: Bool
        public var assessments: [AssessmentChange]
        /// For a veto that stays for other red lines: the ones it was for.
        public var insteadOf: [CriterionID]?
        /// For a lifted veto: where the option stands now ("1", "not scored", "absent").
        public var now: String?
    }

    public struct AssessmentChange: Sendable, Codable, Equatable {
        public var option: OptionID
        public var criterion: CriterionID
        /// The judgement before and after; nil where there was or is no assessment.
        public var old: String?
        public var new: String?
        /// The judgements as the report shows them (a level's label), where they differ from the ids.
        public var oldLabel: String? = nil
        public var newLabel: String? = nil
        /// Whether the new level is worth more (`better`) or less (`worse`) to the criterion's actor than the old.
        public var direction: String? = nil
        /// The confidence before and after, when it changed.
        public var oldConfidence: String? = nil
        public var newConfidence: String? = nil

        /// False when only the confidence changed.
        public var judgementChanged: Bool { old != new }
    }

    public struct WeightChange: Sendable, Codable, Equatable {
        public var actor: ActorID
        public var criterion: CriterionID
        public var old: Double?
        public var new: Double?
    }

    /// A citation whose quoted text changed: the same judgement now cites other words.
    public struct QuoteChange: Sendable, Codable, Equatable {
        /// `kind:id`.
        public var citer: String
        public var old: String
        public var new: String
    }

    public var articleChanged = false
    /// When the article changed and both revisions recorded where each quote stands: how many quotes kept their
    /// words in another place, were reworded (a judgement now cites other words), or are no longer cited.
    public var quotesMoved: Int? = nil
    public var quotesReworded: Int? = nil
    public var quotesGone: Int? = nil
    public var moved: [Move] = []
    public var vetoes: [VetoChange] = []
    public var tensionsAppeared: [Revision.TensionRecord] = []
    public var tensionsDisappeared: [Revision.TensionRecord] = []
    /// Passage texts cited now and not before, and the reverse.
    public var passagesCited: [String] = []
    public var passagesDropped: [String] = []
    public var quotesChanged: [QuoteChange] = []
    public var assessments: [AssessmentChange] = []
    public var weights: [WeightChange] = []
    public var levelValues: [LevelValueChange] = []
    public var scores: [ScoreChange] = []
    public var firstShares: [FirstShareChange] = []
    public var bands: [BandChange] = []
    public var expectationsAdded: [String] = []
    public var expectationsRemoved: [String] = []

    public init() {}

    public var isEmpty: Bool { self == RevisionChanges() }

    /// Options this change is about, for "changed since" notes on their pages.
    public var optionsConcerned: Set<OptionID> {
        Set(moved.map(\.option) + vetoes.map(\.option) + assessments.map(\.option) + scores.map(\.option) + firstShares.map(\.option)
            + tensionsAppeared.flatMap(\.options) + tensionsDisappeared.flatMap(\.options)
            + quotesChanged.compactMap { Self.option(citedBy: $0.citer) })
    }

    /// The option a `kind:id` citer is about: an option, or an assessment of one.
    static func option(citedBy reference: String) -> OptionID? {
        if reference.hasPrefix("option:") { return OptionID(String(reference.dropFirst("option:".count))) }
        guard reference.hasPrefix("assessment:") else { return nil }
        let ids = reference.dropFirst("assessment:".count).components(separatedBy: "--")
        return ids.count == 2 ? OptionID(ids[0]) : nil
    }
}
