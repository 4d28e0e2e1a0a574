/// Everything the analyst wrote, checked for consistency: the input of anchoring and evaluation.
public struct ReportModel: Sendable {
    public let article: Article
    /// Each collection is sorted by id, so nothing downstream depends on file-system order.
    public let actors: [Actor]
    public let criteria: [Criterion]
    public let options: [Option]
    public let assessments: [Assessment]
    public let statedRankings: [StatedRanking]
    /// What the analyst says the report must conclude, in file order.
    public let expectations: [Expectation]
    public let site: SiteConfiguration
    /// The recorded revisions of the conclusions, oldest first.
    public let revisions: [Revision]
    /// The file line each file's Markdown body starts on, by path: problems inside bodies are located with it.
    public let bodyLines: [String: Int]
    // Lookups by id: the evaluation asks for assessments option by criterion, which must not be quadratic.
    private let optionIndex: [OptionID: Int]
    private let criterionIndex: [CriterionID: Int]
    private let assessmentIndex: [AssessmentKey: Int]
    private let assessmentIDIndex: [AssessmentID: Int]
    private let assessmentsByOption: [OptionID: [Int]]
    private let assessmentsByCriterion: [CriterionID: [Int]]
    private let criteriaByActor: [ActorID: [Int]]
    private let actorIndex: [ActorID: Int]
    private let statedRankingIndex: [ActorID: Int]

    private struct AssessmentKey: Hashable {
        var option: OptionID
        var criterion: CriterionID
    }

    /// The annotations a model is made of, in any order.
    public struct Entities: Sendable {
        public var actors: [Actor]
        public var criteria: [Criterion]
        public var options: [Option]
        public var assessments: [Assessment]
        public var statedRankings: [StatedRanking]
        public var expectations: [Expectation]

        public init(actors: [Actor], criteria: [Criterion], options: [Option], assessments: [Assessment],
                    statedRankings: [StatedRanking] = [], expectations: [Expectation] = []) {
            self.actors = actors
            self.criteria = criteria
            self.options = options
            self.assessments = assessments
            self.statedRankings = statedRankings
            self.expectations = expectations
        }
    }

    /// - Parameter bodyLines: the file line each file's Markdown body starts on, by path.
    public init(article: Article, entities: Entities, site: SiteConfiguration = SiteConfiguration(), bodyLines: [String: Int] = [:],
                revisions: [Revision] = []) {
        self.site = site
        self.revisions = revisions.sorted { ($0.date ?? "") < ($1.date ?? "") }
        self.expectations = entities.expectations
        self.bodyLines = bodyLines
        self.article = article
        self.actors = entities.actors.sorted { $0.id < $1.id }
        self.criteria = entities.criteria.sorted { $0.id < $1.id }
        self.options = entities.options.sorted { $0.id < $1.id }
        self.assessments = entities.assessments.sorted { ($0.optionID, $0.criterionID) < ($1.optionID, $1.criterionID) }
        self.statedRankings = entities.statedRankings.sorted { $0.actorID < $1.actorID }
        self.optionIndex = Dictionary(self.options.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.criterionIndex = Dictionary(self.criteria.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.assessmentIndex = Dictionary(
            self.assessments.enumerated().map { (AssessmentKey(option: $1.optionID, criterion: $1.criterionID), $0) },
            uniquingKeysWith: { first, _ in first })
        self.assessmentIDIndex = Dictionary(self.assessments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sortedAssessments = self.assessments, sortedCriteria = self.criteria
        self.assessmentsByOption = Dictionary(grouping: sortedAssessments.indices, by: { sortedAssessments[$0].optionID })
        self.assessmentsByCriterion = Dictionary(grouping: sortedAssessments.indices, by: { sortedAssessments[$0].criterionID })
        self.criteriaByActor = Dictionary(grouping: sortedCriteria.indices, by: { sortedCriteria[$0].actorID })
        self.actorIndex = Dictionary(self.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.statedRankingIndex = Dictionary(self.statedRankings.enumerated().map { ($1.actorID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The same model with other criteria and assessments, everything else kept: for evaluating what-if cases.
    public func replacing(criteria: [Criterion]? = nil, assessments: [Assessment]? = nil) -> ReportModel {
        ReportModel(article: article,
                    entities: Entities(actors: actors, criteria: criteria ?? self.criteria, options: options,
                                       assessments: assessments ?? self.assessments, statedRankings: statedRankings,
                                       expectations: expectations),
                    site: site, bodyLines: bodyLines, revisions: revisions)
    }

    /// Assessments of one option, in criterion id order.
    public func assessments(ofOption id: OptionID) -> [Assessment] { (assessmentsByOption[id] ?? []).map { assessments[$0] } }
    /// Assessments on one criterion, in option id order.
    public func assessments(ofCriterion id: CriterionID) -> [Assessment] { (assessmentsByCriterion[id] ?? []).map { assessments[$0] } }

    public func assessment(id: AssessmentID) -> Assessment? { assessmentIDIndex[id].map { assessments[$0] } }

    public func actor(_ id: ActorID) -> Actor? { actorIndex[id].map { actors[$0] } }
    public func criterion(_ id: CriterionID) -> Criterion? { criterionIndex[id].map { criteria[$0] } }
    public func option(_ id: OptionID) -> Option? { optionIndex[id].map { options[$0] } }

    public func criteria(of actorID: ActorID) -> [Criterion] { (criteriaByActor[actorID] ?? []).map { criteria[$0] } }

    public func assessment(option: OptionID, criterion: CriterionID) -> Assessment? {
        assessmentIndex[AssessmentKey(option: option, criterion: criterion)].map { assessments[$0] }
    }

    public func statedRanking(of actorID: ActorID) -> StatedRanking? {
        statedRankingIndex[actorID].map { statedRankings[$0] }
    }

    /// Every citation with what makes it, in a stable order.
    public var allCitations: [(citer: Citer, citation: Citation)] {
        var result: [(Citer, Citation)] = []
        for option in options { result += option.citations.map { (.option(option.id), $0) } }
        for criterion in criteria { result += criterion.citations.map { (.criterion(criterion.id), $0) } }
        for assessment in assessments { result += assessment.citations.map { (.assessment(assessment.id), $0) } }
        for ranking in statedRankings { result += ranking.allCitations.map { (.statedRanking(ranking.actorID), $0) } }
        return result
    }
}

/// What cites a passage.
public enum Citer: Hashable, Sendable, Comparable {
    case option(OptionID)
    case criterion(CriterionID)
    case assessment(AssessmentID)
    case statedRanking(ActorID)
}

extension Citer {
    /// `kind:id`, as report.json and revisions name what cites a passage.
    public var reference: String {
        switch self {
        case .option(let id): "option:\(id)"
        case .criterion(let id): "criterion:\(id)"
        case .assessment(let id): "assessment:\(id)"
        case .statedRanking(let id): "ranking:\(id)"
        }
    }
}
