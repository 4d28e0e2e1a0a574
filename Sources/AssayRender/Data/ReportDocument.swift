import Foundation
import AssayCore

/// `data/report.json`: the whole model and its evaluation, for readers who want the numbers.
/// The shape is documented in `docs/data.md`.
struct ReportDocument: Encodable {
    struct Source: Encodable {
        var title: String
        /// Every author's name, joined as a sentence would ("A and B").
        var author: String
        var authors: [String]
        var outlet: String?
        var date: String?
        var url: String?
        /// The article's Markdown.
        var body: String
    }

    struct ActorEntry: Encodable {
        var id: ActorID
        var name: String
        var description: String
        var body: String
    }

    struct LevelEntry: Encodable {
        var level: String
        var label: String
        var value: Double
    }

    struct CriterionEntry: Encodable {
        var id: CriterionID
        var actor: ActorID
        var kind: String
        var title: String
        var weight: Double?
        var scale: [LevelEntry]
        var measure: MeasureEntry?
        var inference: Bool
        var passages: [String]
        var body: String
    }

    /// How figures map onto values: linear between `worst` and `best`, or by thresholds onto levels.
    struct MeasureEntry: Encodable {
        struct ThresholdEntry: Encodable {
            var level: String
            var from: Double
        }
        var unit: String?
        var worst: Double?
        var best: Double?
        var thresholds: [ThresholdEntry]?
    }

    struct OptionEntry: Encodable {
        var id: OptionID
        var title: String
        var summary: String
        var inference: Bool
        var passages: [String]
        var body: String
    }

    struct AssessmentEntry: Encodable {
        var id: AssessmentID
        var option: OptionID
        var criterion: CriterionID
        var level: String?
        var crosses: Bool?
        /// A figure from the text, or a range of figures, on a measured preference; `figureValue` is what it counts as.
        var value: Double?
        var range: [Double]?
        var figureValue: Double?
        var confidence: String
        var inference: Bool
        var rationale: String
        var passages: [String]
    }

    struct RankingEntry: Encodable {
        struct PairEntry: Encodable {
            var above: OptionID
            var below: OptionID
            var note: String?
            var passages: [String]
        }

        var actor: ActorID
        var order: [OptionID]
        /// The order as tied groups, best first.
        var groups: [[OptionID]]
        var pairs: [PairEntry]
        var unacceptable: [OptionID]
        var passages: [String]
        var notes: String
    }

    struct PassageEntry: Encodable {
        var id: String
        var exact: String
        var prefix: String?
        var suffix: String?
        var text: String
        var start: Int
        var end: Int
        var citedBy: [String]
    }

    /// A conclusion the content expects, and whether it held (a report is written only when all hold).
    struct ExpectationEntry: Encodable {
        var claim: String
        var file: String
        var line: Int
        var held: Bool
    }

    var schemaVersion = 1
    var source: Source
    var actors: [ActorEntry]
    var criteria: [CriterionEntry]
    var options: [OptionEntry]
    var assessments: [AssessmentEntry]
    var statedRankings: [RankingEntry]
    var expectations: [ExpectationEntry]
    var passages: [PassageEntry]
    var evaluation: ReportEvaluation
    /// What the report concludes, leading actor first (`ReportSummary`).
    var summary: ReportSummary

    init(model: ReportModel, passages anchored: AnchoredPassages, evaluation: ReportEvaluation, summary: ReportSummary) {
        self.summary = summary
        let ids = { (citations: [Citation]) -> [String] in
            var seen: Set<String> = []
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
            var level: String?
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

