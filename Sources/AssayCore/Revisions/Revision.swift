/// The conclusions of the report at one moment: what `assay snapshot` records under `Content/revisions/`, and what
/// `assay diff` and the revisions page compare. Small and stable: ids, levels, ranks and scores, the passages cited,
/// and the titles needed to say what changed in words.
public struct Revision: Sendable, Codable, Equatable {
    /// One actor's ranking.
    public struct ActorConclusions: Sendable, Codable, Equatable {
        public struct Place: Sendable, Codable, Equatable {
            public var option: OptionID
            public var rank: Int
            public var score: Double?
            /// The share of rank-acceptability draws in which the option ranks first; nil without draws (or in
            /// revisions recorded before it was kept).
            public var firstShare: Double?

            public init(option: OptionID, rank: Int, score: Double?, firstShare: Double? = nil) {
                self.option = option
                self.rank = rank
                self.score = score
                self.firstShare = firstShare
            }
        }

        public struct Veto: Sendable, Codable, Equatable {
            public var option: OptionID
            public var redLines: [CriterionID]
        }

        public var actor: ActorID
        /// Preference weights by criterion id.
        public var weights: [CriterionID: Double]
        public var redLines: [CriterionID]
        public var ranked: [Place]
        /// Options that cannot be scored for lack of assessments.
        public var incomplete: [OptionID]
        public var vetoed: [Veto]
        /// Each preference's stability band: the shares of the total weight between which its weight leaves the
        /// ranking as it is, by criterion id. Nil in revisions recorded before it was kept.
        public var stability: [CriterionID: Band]?

        /// Where the options stand: ranked, not scored, vetoed.
        public struct Verdicts: Sendable, Equatable {
            public var ranked: [Place]
            public var incomplete: [OptionID]
            public var vetoed: [Veto]

            public init(ranked: [Place], incomplete: [OptionID] = [], vetoed: [Veto] = []) {
                self.ranked = ranked
                self.incomplete = incomplete
                self.vetoed = vetoed
            }
        }

        public init(actor: ActorID, weights: [CriterionID: Double], redLines: [CriterionID], verdicts: Verdicts,
                    stability: [CriterionID: Band]? = nil) {
            self.actor = actor
            self.weights = weights
            self.redLines = redLines
            self.ranked = verdicts.ranked
            self.incomplete = verdicts.incomplete
            self.vetoed = verdicts.vetoed
            self.stability = stability
        }
    }

    /// The shares of the total weight (0…1) between which one preference's weight leaves a ranking as it is.
    public struct Band: Sendable, Codable, Equatable {
        public var lower: Double
        public var upper: Double

        public init(lower: Double, upper: Double) {
            self.lower = lower
            self.upper = upper
        }

        public var width: Double { upper - lower }
        /// Any weight leaves the ranking as it is.
        public var isWhole: Bool { lower <= 0.005 && upper >= 0.995 }
    }

    /// A tension between the author's ranking and the evaluation, as the report states it.
    public struct TensionRecord: Sendable, Codable, Equatable, Hashable {
        public var actor: ActorID
        public var kind: String
        public var options: [OptionID]
        public var summary: String
    }

    /// An assessment's judgement: a level id, or "crosses" / "does not cross" for a red line.
    public struct AssessmentRecord: Sendable, Codable, Equatable {
        public var option: OptionID
        public var criterion: CriterionID
        public var judgement: String
        public var confidence: String
    }

    /// A cited passage's text and what cites it (`kind:id`, as in report.json).
    public struct PassageRecord: Sendable, Codable, Equatable {
        public var id: PassageID
        public var text: String
        public var citedBy: [String]
        /// A few words either side in the article: they tell a quote that moved from one that stayed, and let
        /// `assay reanchor` place quotes in a changed article. Absent in revisions recorded before they were kept.
        public var before: String? = nil
        public var after: String? = nil
    }

    /// The day of the revision, `YYYY-MM-DD`; nil for the current content or a report.json.
    public var date: String?
    /// The analyst's note, in Markdown.
    public var note: String?
    /// A digest of the article's text: it says whether the article changed.
    public var article: String
    public var actors: [ActorConclusions]
    public var tensions: [TensionRecord]
    /// The expectations that held (a report whose expectations fail does not build); nil when not known (report.json).
    public var expectations: [String]?
    public var assessments: [AssessmentRecord]
    public var passages: [PassageRecord]
    /// Titles of options, criteria and actors, by id, for saying what changed in words.
    public var titles: [String: String]
    /// Each preference's level values: criterion id → level id → value. Absent in revisions recorded before it was kept.
    public var levels: [CriterionID: [LevelID: Double]]?
    /// Each preference's level labels: criterion id → level id → label, so a change reads "from 'Moderate' to
    /// 'High'" and not as ids. Absent in revisions recorded before it was kept.
    public var levelLabels: [CriterionID: [LevelID: String]]?
    /// The file it was read from, for locating problems in its note; not part of the record.
    public var file: String?

    private enum CodingKeys: String, CodingKey {
        case date, note, article, actors, tensions, expectations, assessments, passages, titles, levels, levelLabels
    }

    /// What the report concluded: each actor's ranking, the tensions, the expectations that held (nil: not known).
    public struct Conclusions: Sendable, Equatable {
        public var actors: [ActorConclusions]
        public var tensions: [TensionRecord]
        public var expectations: [String]?

        public init(actors: [ActorConclusions], tensions: [TensionRecord] = [], expectations: [String]? = nil) {
            self.actors = actors
            self.tensions = tensions
            self.expectations = expectations
        }
    }

    /// What the conclusions rested on: the judgements and the passages cited.
    public struct Grounds: Sendable, Equatable {
        public var assessments: [AssessmentRecord]
        public var passages: [PassageRecord]

        public init(assessments: [AssessmentRecord], passages: [PassageRecord] = []) {
            self.assessments = assessments
            self.passages = passages
        }
    }

    /// The words to say a change in: titles by id, and each preference's level values and labels (nil: not kept).
    public struct Names: Sendable, Equatable {
        public var titles: [String: String]
        public var levels: [CriterionID: [LevelID: Double]]?
        public var levelLabels: [CriterionID: [LevelID: String]]?

        public init(titles: [String: String], levels: [CriterionID: [LevelID: Double]]? = nil,
                    levelLabels: [CriterionID: [LevelID: String]]? = nil) {
            self.titles = titles
            self.levels = levels
            self.levelLabels = levelLabels
        }
    }

    /// - Parameter article: the digest of the article's text.
    public init(date: String?, note: String?, article: String, conclusions: Conclusions, grounds: Grounds, names: Names) {
        self.date = date
        self.note = note
        self.article = article
        self.actors = conclusions.actors
        self.tensions = conclusions.tensions
        self.expectations = conclusions.expectations
        self.assessments = grounds.assessments
        self.passages = grounds.passages
        self.titles = names.titles
        self.levels = names.levels
        self.levelLabels = names.levelLabels
    }

    public func title<Entity>(_ id: EntityID<Entity>) -> String { titles[id.rawValue] ?? id.rawValue }

    public func assessment(option: OptionID, criterion: CriterionID) -> AssessmentRecord? {
        assessments.first { $0.option == option && $0.criterion == criterion }
    }

    public func actor(_ id: ActorID) -> ActorConclusions? { actors.first { $0.actor == id } }
}

extension Revision.ActorConclusions {
    /// Where an option stands: its rank, or why it has none.
    public enum Standing: Sendable, Equatable {
        case ranked(Int)
        case incomplete
        case vetoed([CriterionID])
        case absent
    }

    /// Where every option it lists stands, by option: for comparing whole revisions without a scan per option.
    public func standings() -> [OptionID: Standing] {
        var result: [OptionID: Standing] = [:]
        for veto in vetoed where result[veto.option] == nil { result[veto.option] = .vetoed(veto.redLines) }
        for option in incomplete { result[option] = .incomplete }
        for place in ranked.reversed() { result[place.option] = .ranked(place.rank) }
        return result
    }

    public func standing(of option: OptionID) -> Standing {
        if let place = ranked.first(where: { $0.option == option }) { return .ranked(place.rank) }
        if incomplete.contains(option) { return .incomplete }
        if let veto = vetoed.first(where: { $0.option == option }) { return .vetoed(veto.redLines) }
        return .absent
    }
}
