import Testing
@testable import AssayCore

/// Figures from the text on a measured preference: how they map onto values, as labels, and how a range widens the
/// rank probabilities' draws. Hand-computed.
@Suite struct MeasureTests {
    static let here = SourceLocation.start(of: "criteria/p.md")
    static let levels = [Criterion.Level(id: "low", label: "Low", value: 0, location: here),
                         Criterion.Level(id: "mid", label: "Mid", value: 0.5, location: here),
                         Criterion.Level(id: "high", label: "High", value: 1, location: here)]

    static func criterion(_ measure: Measure, scale: [Criterion.Level] = []) -> Criterion {
        Criterion(id: "p", actorID: "a", title: "P", rule: .preference(weight: 1, scale: scale, measure: measure), annotation: Annotation(location: here))
    }

    @Test func linearBetweenWorstAndBest() throws {
        let efficiency = Self.criterion(Measure(unit: "%", worst: 100, best: 200))
        #expect(efficiency.level("=150")?.value == 0.5)
        #expect(efficiency.level("=250")?.value == 1, "clamped")
        #expect(efficiency.level("=150")?.label == "150 %")
        // [140, 185] spans 0.4 to 0.85: counted as 0.625, drawn within ±0.225.
        let range = try #require(efficiency.level("=140..185"))
        #expect(abs(range.value - 0.625) < 1e-12)
        #expect(abs(range.halfWidth - 0.225) < 1e-12)
        #expect(range.label == "140–185 %")
        // Negative figures take a true minus sign, and "to" between them, not a dash after a hyphen.
        #expect(efficiency.level("=-1..1")?.label == "\u{2212}1 to 1 %")
        #expect(efficiency.level("=-5..-2")?.label == "\u{2212}5 to \u{2212}2 %")
        #expect(efficiency.level("=-3")?.label == "\u{2212}3 %")
        // Less is better when best is below worst: a cost of 150 between 200 (worst) and 100 (best) is 0.5.
        #expect(Self.criterion(Measure(unit: "€", worst: 200, best: 100)).level("=150")?.value == 0.5)
        #expect(efficiency.level("=x") == nil)
        #expect(efficiency.valueBounds == (0, 1))
    }

    @Test func thresholdsOntoLevels() {
        let measured = Self.criterion(Measure(unit: "%", thresholds: [.init(level: "mid", from: 140), .init(level: "high", from: 180)]),
                                      scale: Self.levels)
        #expect(measured.level("=120")?.value == 0, "below the first threshold: the first level")
        #expect(measured.level("=150")?.value == 0.5)
        #expect(measured.level("=180")?.value == 1)
        #expect(measured.level("=130..190")?.value == 0.5)
        #expect(measured.level("=130..190")?.halfWidth == 0.5)
        #expect(measured.level("mid")?.value == 0.5, "its levels still work")
        // A range that straddles a threshold counts as the middle of its two ends' values, not by how much of it lies
        // on each side: 150–190 % is mid (0.5) to high (1), counted as 0.75 and drawn across 0.5–1.
        #expect(measured.level("=150..190")?.value == 0.75)
        #expect(measured.level("=150..190")?.halfWidth == 0.25)
        // Less is better: a cost whose thresholds name the dearer levels puts figures below the first threshold on
        // the one level no threshold names, the cheapest.
        let cost = Self.criterion(Measure(unit: "€", thresholds: [.init(level: "mid", from: 4000), .init(level: "low", from: 6000)]),
                                  scale: Self.levels)
        #expect(cost.level("=3100")?.value == 1)
        #expect(cost.level("=4600")?.value == 0.5)
        #expect(cost.level("=7400")?.value == 0)
        #expect(cost.level("=3900..4600")?.value == 0.75)
    }

    @Test func aRangeWidensTheDraws() {
        // One preference, figures as values (worst 0, best 1). o1 is 0.6; o2 a range [0.2, 0.9], counted as 0.55, so o2
        // ranks second; drawn uniformly over the range it beats 0.6 in about 0.3 / 0.7 = 0.43 of the draws. Given as
        // the single figure 0.55 instead, it never does.
        func model(_ o2: LevelID) -> ReportModel {
            let criterion = Self.criterion(Measure(worst: 0, best: 1))
            let options = ["o1", "o2"].map { Option(id: OptionID($0), title: $0, summary: $0, annotation: Annotation(location: Self.here)) }
            let assessments = [("o1", LevelID("=0.6")), ("o2", o2)].map {
                Assessment(id: "\($0.0)--p", optionID: $0.0, criterionID: "p", judgement: .level($0.1), confidence: .high,
                        annotation: Annotation(body: "r", location: Self.here))
            }
            return ReportModel(article: Article(.init(title: "T", authors: ["A"]), body: "x", location: Self.here),
                    entities: .init(actors: [Actor(id: "a", name: "A", description: "d", body: "", location: Self.here)], criteria: [criterion],
                    options: options, assessments: assessments))
        }
        for (o2, low, high) in [("=0.2..0.9", 0.38, 0.48), ("=0.55", 0.0, 0.0)] {
            let m = model(LevelID(o2))
            let evaluation = RankingEvaluator.evaluate(actor: "a", in: m)
            #expect(evaluation.ranked.map(\.optionID) == ["o1", "o2"])
            let first = RankAcceptability.analyse(evaluation, in: m, draws: 4000).options.first { $0.optionID == "o2" }?.shares.first ?? -1
            #expect((low...high).contains(first), "o2 \(o2) ranks first in \(first) of the draws")
        }
    }
}

/// Measures and figures as the analyst writes them.
@Suite struct MeasureParsingTests {
    /// report.json splits a judgement into `level`, `value`, `range` or `crosses`; reading an entry back (as
    /// `assay diff` does) gives the judgement it was written from, for each of the four.
    @Test func reportJSONEntriesGiveBackTheirJudgements() throws {
        let (parsed, diagnostics) = ContentFixture.small(extra: [
            "criteria/efficiency.md": Self.measured,
            "assessments/a1.md": assessment("alpha", "cost", level: "low"),
            "assessments/a2.md": assessment("alpha", "no-gamma", crosses: false),
            "assessments/e1.md": "---\noption: alpha\ncriterion: efficiency\nvalue: [140, 185]\nconfidence: high\ninference: true\n---\nRange.\n",
            "assessments/e2.md": "---\noption: beta\ncriterion: efficiency\nvalue: 150\nconfidence: high\ninference: true\n---\nFigure.\n",
        ]).parse()
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        let model = try #require(parsed)
        let evaluation = ReportEvaluator.evaluate(model, draws: 0)
        let document = ReportDocument(model: model, passages: AnchoredPassages(passages: [], passageIDs: [:]), evaluation: evaluation,
                                      summary: ReportSummary.of(model, evaluation))
        #expect(document.assessments.map(\.judgement) == model.assessments.map(\.judgement))
        #expect(model.assessments.map(\.judgement) == [.level("low"), .level("=140..185"), .redLine(crosses: false), .level("=150")])
    }

    static let measured = "---\nactor: town\nkind: preference\ntitle: Efficiency\nweight: 1\nmeasure:\n  unit: \"%\"\n  worst: 100\n  best: 200\n"
        + "cites: [\"Alpha is cheap\"]\n---\n"

    @Test func aFigureAndARangeAreRead() throws {
        let (model, diagnostics) = ContentFixture.small(extra: [
            "criteria/efficiency.md": Self.measured,
            "assessments/e1.md": "---\noption: alpha\ncriterion: efficiency\nvalue: [140, 185]\nconfidence: high\ncites: [\"Alpha is cheap\"]\n---\nThe article gives 140–185 %.\n",
        ]).parse()
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        let assessment = try #require(model?.assessment(option: "alpha", criterion: "efficiency"))
        #expect(assessment.judgement == .level("=140..185"))
        #expect(model?.criterion("efficiency")?.level("=140..185")?.label == "140–185 %")
    }

    @Test(arguments: [
        ("value: 150", "criteria/cost", "'cost' has no measure, so it takes a 'level', not a 'value'"),
        ("value: [185, 140]", "criteria/efficiency", "'value' must be a number, or a range [low, high] with low below high"),
        ("value: high", "criteria/efficiency", "'value' must be a number, or a range [low, high] with low below high"),
    ])
    func aWrongFigureIsLocated(_ line: String, _ criterionFile: String, _ message: String) throws {
        let criterion = criterionFile.hasSuffix("efficiency") ? "efficiency" : "cost"
        let (_, diagnostics) = ContentFixture.small(extra: [
            "criteria/efficiency.md": Self.measured,
            "assessments/e1.md": "---\noption: alpha\ncriterion: \(criterion)\n\(line)\nconfidence: high\ncites: [\"Alpha is cheap\"]\n---\nBecause.\n",
        ]).parse()
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.message == message)
        #expect("\(error.location)" == "Content/assessments/e1.md:4:8")
        #expect(error.hint?.isEmpty == false)
    }

    @Test func aMeasureNeedsWorstAndBestOrThresholds() throws {
        let half = Self.measured.replacingOccurrences(of: "  best: 200\n", with: "")
        let (_, diagnostics) = ContentFixture.small(extra: ["criteria/efficiency.md": half]).parse()
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect("\(error.location): \(error.message)" == "Content/criteria/efficiency.md:7:3: a measure needs 'worst' and 'best', or 'thresholds'")
        #expect(error.hint == "e.g. 'worst: 100' and 'best: 200' to map figures linearly onto 0–1")
    }
}
