import Foundation

/// `data/report.json`: the whole model and its evaluation, for readers who want the numbers. The one declaration of
/// its shape: the build writes it (streamed by `ReportJSONStream`, equal to encoding it whole), `assay diff` and
/// builds read a report.json back through it, and a test holds `report.schema.json` to its keys. `docs/data.md`
/// explains the fields.
public struct ReportDocument: Codable, Sendable {
    public struct Source: Codable, Sendable {
        public var title: String
        /// Every author's name, joined as a sentence would ("A and B").
        public var author: String
        public var authors: [String]
        public var outlet: String?
        public var date: String?
        public var url: String?
        /// The article's Markdown.
        public var body: String
    }

    public struct ActorEntry: Codable, Sendable {
        public var id: ActorID
        public var name: String
        public var description: String
        public var body: String
    }

    public struct LevelEntry: Codable, Sendable {
        public var level: LevelID
        public var label: String
        public var value: Double
    }

    public struct CriterionEntry: Codable, Sendable {
        public var id: CriterionID
        public var actor: ActorID
        public var kind: String
        public var title: String
        public var weight: Double?
        public var scale: [LevelEntry]
        public var measure: MeasureEntry?
        public var inference: Bool
        public var passages: [PassageID]
        public var body: String
    }

    /// How figures map onto values: linear between `worst` and `best`, or by thresholds onto levels.
    public struct MeasureEntry: Codable, Sendable {
        public struct ThresholdEntry: Codable, Sendable {
            public var level: LevelID
            public var from: Double
        }
        public var unit: String?
        public var worst: Double?
        public var best: Double?
        public var thresholds: [ThresholdEntry]?
    }

    public struct OptionEntry: Codable, Sendable, Equatable {
        public var id: OptionID
        public var title: String
        public var summary: String
        public var inference: Bool
        public var passages: [PassageID]
        public var body: String
    }

    public struct AssessmentEntry: Codable, Sendable, Equatable {
        public var id: AssessmentID
        public var option: OptionID
        public var criterion: CriterionID
        public var level: LevelID?
        public var crosses: Bool?
        /// A figure from the text, or a range of figures, on a measured preference; `figureValue` is what it counts as.
        public var value: Double?
        public var range: [Double]?
        public var figureValue: Double?
        public var confidence: String
        public var inference: Bool
        public var rationale: String
        public var passages: [PassageID]

        /// The judgement the entry was written from: a level, a figure or range as its level (`=150`), or a crossing.
        public var judgement: Assessment.Judgement {
            if let level { return .level(level) }
            if let value { return .level(Measure.levelID(value)) }
            if let range, range.count == 2 { return .level(Measure.levelID(range[0], range[1])) }
            return .redLine(crosses: crosses == true)
        }
    }

    public struct RankingEntry: Codable, Sendable {
        public struct PairEntry: Codable, Sendable {
            public var above: OptionID
            public var below: OptionID
            public var note: String?
            public var passages: [PassageID]
        }

        public var actor: ActorID
        public var order: [OptionID]
        /// The order as tied groups, best first.
        public var groups: [[OptionID]]
        public var pairs: [PairEntry]
        public var unacceptable: [OptionID]
        public var passages: [PassageID]
        public var notes: String
    }

    public struct PassageEntry: Codable, Sendable {
        public var id: PassageID
        public var exact: String
        public var prefix: String?
        public var suffix: String?
        public var text: String
        public var start: Int
        public var end: Int
        public var citedBy: [String]
    }

    /// A conclusion the content expects, and whether it held (a report is written only when all hold).
    public struct ExpectationEntry: Codable, Sendable {
        public var claim: String
        public var file: String
        public var line: Int
        public var held: Bool
    }

    /// Every top-level key, so that the streaming writer must say how it writes each one.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, source, actors, criteria, options, assessments, statedRankings, expectations, passages, evaluation,
             summary
    }

    public var schemaVersion = 1
    public var source: Source
    public var actors: [ActorEntry]
    public var criteria: [CriterionEntry]
    public var options: [OptionEntry]
    public var assessments: [AssessmentEntry]
    public var statedRankings: [RankingEntry]
    public var expectations: [ExpectationEntry]
    public var passages: [PassageEntry]
    public var evaluation: ReportEvaluation
    /// What the report concludes, leading actor first (`ReportSummary`).
    public var summary: ReportSummary

    public init(model: ReportModel, passages anchored: AnchoredPassages, evaluation: ReportEvaluation, summary: ReportSummary) {
        self.summary = summary
        let ids = { (citations: [Citation]) -> [PassageID] in
            var seen: Set<PassageID> = []
            return citations.compactMap { anchored.passageIDs[$0.location] }.filter { seen.insert($0).inserted }
        }
        let article = model.article
        source = Source(title: article.title, author: article.author, authors: article.authors, outlet: article.outlet, date: article.date, url: article.url,
                        body: article.body.trimmingCharacters(in: .whitespacesAndNewlines))
        actors = model.actors.map { ActorEntry(id: $0.id, name: $0.name, description: $0.description, body: $0.body) }
        criteria = model.criteria.map {
            CriterionEntry(id: $0.id, actor: $0.actorID, kind: $0.kind.rawValue, title: $0.title, weight: $0.weight,
                           scale: $0.scale.map { LevelEntry(level: $0.id, label: $0.label, value: $0.value) },
                           measure: $0.measure.map { measure in
                               MeasureEntry(unit: measure.unit, worst: measure.worst, best: measure.best,
                                            thresholds: measure.thresholds.isEmpty ? nil : measure.thresholds.map { .init(level: $0.level, from: $0.from) })
                           },
                           inference: $0.isInference, passages: ids($0.citations), body: $0.body)
        }
        options = model.options.map {
            OptionEntry(id: $0.id, title: $0.title, summary: $0.summary, inference: $0.isInference, passages: ids($0.citations),
                        body: $0.body)
        }
        assessments = model.assessments.map { assessment in
            var level: LevelID?
            var crosses: Bool?
            var value: Double?, range: [Double]?, figureValue: Double?
            switch assessment.judgement {
            case .level(let id):
                if let figures = Measure.figures(id) {
                    if figures.low == figures.high { value = figures.low } else { range = [figures.low, figures.high] }
                    figureValue = model.criterion(assessment.criterionID)?.level(id)?.value
                } else {
                    level = id
                }
            case .redLine(let crossing): crosses = crossing
            }
            return AssessmentEntry(id: assessment.id, option: assessment.optionID, criterion: assessment.criterionID,
                                   level: level, crosses: crosses, value: value, range: range, figureValue: figureValue,
                                   confidence: assessment.confidence.rawValue,
                                   inference: assessment.isInference, rationale: assessment.rationale,
                                   passages: ids(assessment.citations))
        }
        let failed = Set(ExpectationChecker.check(model.expectations, against: evaluation).map(\.location))
        expectations = model.expectations.map { expectation in
            // Relative to the content folder, wherever that was: the same content gives the same report.
            let path = expectation.location.file
            let file = path.range(of: "expectations/", options: .backwards).map { String(path[$0.lowerBound...]) } ?? path
            return ExpectationEntry(claim: expectation.sentence, file: file, line: expectation.location.line,
                                    held: !failed.contains(expectation.location))
        }
        statedRankings = model.statedRankings.map {
            RankingEntry(actor: $0.actorID, order: $0.order, groups: $0.groups,
                         pairs: $0.pairs.map { .init(above: $0.higher, below: $0.lower, note: $0.note, passages: ids($0.citations)) },
                         unacceptable: $0.unacceptable, passages: ids($0.citations),
                         notes: $0.body)
        }
        passages = anchored.passages.map { passage in
            PassageEntry(id: passage.id, exact: passage.selector.exact, prefix: passage.selector.prefix,
                         suffix: passage.selector.suffix, text: passage.text, start: passage.start, end: passage.end,
                         citedBy: passage.citers.map(\.reference))
        }
        self.evaluation = evaluation
    }
}

