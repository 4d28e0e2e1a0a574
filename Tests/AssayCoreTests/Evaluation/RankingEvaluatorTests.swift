import Testing
@testable import AssayCore

/// Hand-computed evaluations of small models built in code.
@Suite struct RankingEvaluatorTests {
    /// One actor `a`: red line `r`, preferences `p` (weight `wp`) and `q` (weight `wq`), levels 0 / 0.5 / 1.
    static func model(wp: Double = 3, wq: Double = 1, assessments: [(String, String, Assessment.Judgement)],
                      options: [String] = ["o1", "o2", "o3", "o4"], stated: StatedRanking? = nil) -> ReportModel {
        let here = SourceLocation.start(of: "test")
        let scale = [("bad", 0.0), ("mid", 0.5), ("good", 1.0)].map {
            Criterion.Level(id: LevelID($0.0), label: $0.0, value: $0.1, location: here)
        }
        return ReportModel(article: Article(.init(title: "T", authors: ["A"]), body: "x", location: here),
                entities: .init(actors: [Actor(id: "a", name: "A", description: "", location: here)], criteria: [
                Criterion(id: "r", actorID: "a", title: "R", rule: .redLine, annotation: Annotation(location: here)),
                Criterion(id: "p", actorID: "a", title: "P", rule: .preference(weight: wp, scale: scale), annotation: Annotation(location: here)),
                Criterion(id: "q", actorID: "a", title: "Q", rule: .preference(weight: wq, scale: scale), annotation: Annotation(location: here)),
            ], options: options.map { Option(id: OptionID($0), title: $0.uppercased(), summary: "",
                    annotation: Annotation(location: here)) }, assessments: assessments.map {
                Assessment(id: "\($0.0)--\($0.1)", optionID: OptionID($0.0), criterionID: CriterionID($0.1), judgement: $0.2, confidence: .high,
                        annotation: Annotation(body: "r", location: here))
            }, statedRankings: stated.map { [$0] } ?? []))
    }

    static func full(_ option: String, crosses: Bool = false, p: LevelID, q: LevelID) -> [(String, String, Assessment.Judgement)] {
        [(option, "r", .redLine(crosses: crosses)), (option, "p", .level(p)), (option, "q", .level(q))]
    }

    @Test func weightedMeanWithContributions() throws {
        // o1: (3·1 + 1·0)/4 = 0.75; o2: (3·0.5 + 1·1)/4 = 0.625.
        let model = Self.model(assessments: Self.full("o1", p: "good", q: "bad") + Self.full("o2", p: "mid", q: "good"),
                               options: ["o1", "o2"])
        let evaluation = RankingEvaluator.evaluate(actor: "a", in: model)
        let o1 = try #require(evaluation.result(for: "o1"))
        let o2 = try #require(evaluation.result(for: "o2"))
        #expect(o1.verdict == .ranked(rank: 1, score: 0.75))
        #expect(o2.verdict == .ranked(rank: 2, score: 0.625))
        #expect(o2.contributions.map(\.contribution) == [0.375, 0.25])
        #expect(o2.contributions.map(\.normalizedWeight) == [0.75, 0.25])
        #expect(evaluation.totalWeight == 4)
    }

    @Test func redLineVetoesWhateverTheScore() throws {
        let model = Self.model(assessments: Self.full("o1", crosses: true, p: "good", q: "good") + Self.full("o2", p: "bad", q: "bad"),
                               options: ["o1", "o2"])
        let evaluation = RankingEvaluator.evaluate(actor: "a", in: model)
        #expect(evaluation.result(for: "o1")?.verdict == .vetoed(redLines: ["r"]))
        #expect(evaluation.result(for: "o2")?.verdict == .ranked(rank: 1, score: 0))
        #expect(evaluation.results.map(\.optionID) == ["o2", "o1"])
    }

    @Test func equalScoresShareARankAndAreListedById() {
        // o1 = o3 = (3·0.5 + 1·0.5)/4 = 0.5 and o2 = o4 = (3·0 + 1·1)/4 = 0.25: ranks 1, 1, 3, 3.
        let model = Self.model(assessments: Self.full("o3", p: "mid", q: "mid") + Self.full("o1", p: "mid", q: "mid")
                                   + Self.full("o4", p: "bad", q: "good") + Self.full("o2", p: "bad", q: "good"))
        let evaluation = RankingEvaluator.evaluate(actor: "a", in: model)
        #expect(evaluation.ranked.map(\.optionID) == ["o1", "o3", "o2", "o4"])
        #expect(evaluation.ranked.map(\.rank) == [1, 1, 3, 3])
    }

    @Test func nearlyEqualScoresFromRoundingAreTies() {
        // Weights 0.1 and 0.2 are not exact in binary; the ranking must still come out as by hand.
        let model = Self.model(wp: 0.1, wq: 0.2, assessments: Self.full("o1", p: "mid", q: "mid") + Self.full("o2", p: "good", q: "bad")
                                   + Self.full("o3", p: "bad", q: "good"), options: ["o1", "o2", "o3"])
        let evaluation = RankingEvaluator.evaluate(actor: "a", in: model)
        // o1 = 0.5, o2 = 0.1/0.3 = 1/3, o3 = 0.2/0.3 = 2/3.
        // With equal weights, o1 = (1 + 0)/2 and o2 = (0 + 1)/2 tie exactly.
        #expect(evaluation.ranked.map(\.optionID) == ["o3", "o1", "o2"])
        #expect(evaluation.ranked.map(\.rank) == [1, 2, 3])
        let model2 = Self.model(wp: 1, wq: 1, assessments: Self.full("o1", p: "good", q: "bad") + Self.full("o2", p: "bad", q: "good"),
                                options: ["o1", "o2"])
        #expect(RankingEvaluator.evaluate(actor: "a", in: model2).ranked.map(\.rank) == [1, 1])
    }

    @Test func missingAssessmentIsAGapWithAScoreRangeNotAZero() throws {
        // o1 lacks q: known part 3·1/4 = 0.75; q could add 0 to 0.25, so 0.75…1.
        let model = Self.model(assessments: [("o1", "r", .redLine(crosses: false)), ("o1", "p", .level("good"))]
                                   + Self.full("o2", p: "bad", q: "bad"), options: ["o1", "o2"])
        let evaluation = RankingEvaluator.evaluate(actor: "a", in: model)
        let o1 = try #require(evaluation.result(for: "o1"))
        #expect(o1.verdict == .incomplete(minScore: 0.75, maxScore: 1, missing: ["q"]))
        #expect(o1.gaps == ["q"])
        #expect(evaluation.ranked.map(\.optionID) == ["o2"])
        #expect(evaluation.ranked.first?.rank == 1)
    }

    @Test func missingRedLineAssessmentIsAGapToo() {
        let model = Self.model(assessments: [("o1", "p", .level("good")), ("o1", "q", .level("good"))], options: ["o1"])
        let result = RankingEvaluator.evaluate(actor: "a", in: model).result(for: "o1")
        #expect(result?.verdict == .incomplete(minScore: 1, maxScore: 1, missing: ["r"]))
        #expect(result?.redLineChecks == [RedLineCheck(criterionID: "r", assessmentID: nil, crosses: nil)])
    }

    @Test func comparisonWithStatedRanking() throws {
        // Scores: o1 0.75, o2 0.625, o3 0.25; author: o2, o1, o3, o4 with o4 vetoed, and calls nothing unacceptable.
        let here = SourceLocation.start(of: "test")
        let stated = StatedRanking(actorID: "a", order: ["o2", "o1", "o3", "o4"], annotation: Annotation(location: here))
        let model = Self.model(
            assessments: Self.full("o1", p: "good", q: "bad") + Self.full("o2", p: "mid", q: "good")
                + Self.full("o3", p: "bad", q: "good") + Self.full("o4", crosses: true, p: "good", q: "good"),
            stated: stated)
        let comparison = try #require(RankingEvaluator.evaluate(actor: "a", in: model).comparison)
        #expect(comparison.commonOptions == ["o2", "o1", "o3"])
        // Pairs (o2,o1) discordant, (o2,o3) and (o1,o3) concordant: τ = (2 − 1)/3.
        #expect(comparison.discordantPairs == [.init(statedHigher: "o2", statedLower: "o1")])
        #expect(comparison.concordantPairs == 2)
        #expect(abs((comparison.kendallTau ?? 0) - 1.0 / 3.0) < 1e-12)
        #expect(comparison.tensions.map(\.kind) == [.rankedButVetoed, .discordantPair])
        #expect(comparison.tensions[0].optionIDs == ["o4"])
        #expect(comparison.tensions[0].criterionIDs == ["r"])
        #expect(comparison.tensions[0].summary.contains("fourth"))
    }

    @Test func unacceptableOptionThatCrossesNoRedLineIsATension() throws {
        let here = SourceLocation.start(of: "test")
        let stated = StatedRanking(actorID: "a", order: ["o1"], unacceptable: ["o2"], annotation: Annotation(location: here))
        let model = Self.model(assessments: Self.full("o1", p: "good", q: "bad") + Self.full("o2", p: "mid", q: "good"),
                               options: ["o1", "o2"], stated: stated)
        let comparison = try #require(RankingEvaluator.evaluate(actor: "a", in: model).comparison)
        #expect(comparison.tensions.map(\.kind) == [.unacceptableButPasses])
        #expect(comparison.kendallTau == nil)
    }

    @Test func rankedButUnscoredOptionIsATension() throws {
        let here = SourceLocation.start(of: "test")
        let stated = StatedRanking(actorID: "a", order: ["o1", "o2"], annotation: Annotation(location: here))
        let model = Self.model(assessments: Self.full("o1", p: "good", q: "bad") + [("o2", "r", .redLine(crosses: false))],
                               options: ["o1", "o2"], stated: stated)
        let comparison = try #require(RankingEvaluator.evaluate(actor: "a", in: model).comparison)
        #expect(comparison.tensions.map(\.kind) == [.rankedButUnscored])
        #expect(comparison.tensions[0].criterionIDs == ["p", "q"])
        #expect(comparison.commonOptions == ["o1"])
    }

    @Test func onlyActorsWithCriteriaAreEvaluated() {
        let here = SourceLocation.start(of: "test")
        var model = Self.model(assessments: [], options: ["o1"])
        let actors = model.actors + [Actor(id: "b", name: "B", description: "", location: here)]
        model = ReportModel(article: model.article, entities: .init(actors: actors, criteria: model.criteria, options: model.options, assessments: []))
        #expect(ReportEvaluator.evaluate(model).actors.map(\.actorID) == ["a"])
    }
}
