import Testing
@testable import AssayCore

/// The report's conclusion, hand-computed on small models (see `RankingEvaluatorTests.model`: red line r, preferences
/// p of weight 3 and q of weight 1, levels 0 / 0.5 / 1).
@Suite struct ReportSummaryTests {
    static let here = SourceLocation.start(of: "test")

    static func summary(_ model: ReportModel) -> ReportSummary {
        ReportSummary.of(model, ReportEvaluator.evaluate(model, draws: 0))
    }

    @Test func theLeaderItsScoreTheNarrowestBandAndTheAuthor() throws {
        // o1 = share·1 + (1 − share)·0 and o2 = share·0.5 + (1 − share)·1, with share p's part of the weight (now 3/4):
        // o1 stays first while share ≥ 2/3. Both bands are 1/3 wide (p: 2/3…1, q: 0…1/3); the tie goes to p by id.
        let stated = StatedRanking(actorID: "a", order: ["o1", "o2"], annotation: Annotation(location: Self.here))
        let model = RankingEvaluatorTests.model(assessments: RankingEvaluatorTests.full("o1", p: "good", q: "bad")
                                                    + RankingEvaluatorTests.full("o2", p: "mid", q: "good"),
                                                options: ["o1", "o2"], stated: stated)
        let verdict = try #require(Self.summary(model).actors.first)
        #expect(verdict.first == ["o1"])
        #expect(verdict.score == 0.75)
        #expect(verdict.firstPlaceShare == nil, "no draws")
        let band = try #require(verdict.narrowestBand)
        #expect(band.criterionID == "p")
        #expect(abs(band.share - 0.75) < 1e-9 && abs(band.lowerShare - 2.0 / 3) < 1e-9 && abs(band.upperShare - 1) < 1e-9)
        #expect(verdict.statedFirst == ["o1"])
        #expect(verdict.kendallTau == 1 && verdict.comparedCount == 2)
        #expect(verdict.tensions.isEmpty)
        #expect(verdict.acceptable == ["o1", "o2"] && verdict.vetoedCount == 0 && verdict.optionCount == 2)
    }

    @Test func tiedLeadersShareFirstPlaceAndAVetoedFavouriteIsATension() throws {
        // o1 = o3 = 0.5; o2 crosses r. The author puts o2 first: a tension.
        let stated = StatedRanking(actorID: "a", order: ["o2", "o1"], annotation: Annotation(location: Self.here))
        let model = RankingEvaluatorTests.model(
            assessments: RankingEvaluatorTests.full("o1", p: "mid", q: "mid") + RankingEvaluatorTests.full("o3", p: "mid", q: "mid")
                + RankingEvaluatorTests.full("o2", crosses: true, p: "good", q: "good"),
            options: ["o1", "o2", "o3"], stated: stated)
        let verdict = try #require(Self.summary(model).actors.first)
        #expect(verdict.first == ["o1", "o3"])
        #expect(verdict.statedFirst == ["o2"])
        #expect(verdict.vetoedCount == 1)
        #expect(verdict.tensions.count == 1)
    }

    /// site.yml's order first; then an actor with a stated ranking; then more criteria; then by name, never by id.
    @Test func theLeadingActor() {
        let actors = [("a", "Zeta"), ("b", "Alpha"), ("c", "Mid"), ("d", "Beta")].map {
            Actor(id: ActorID($0.0), name: $0.1, description: "", location: Self.here)
        }
        func criterion(_ id: String, _ actor: String) -> Criterion {
            Criterion(id: CriterionID(id), actorID: ActorID(actor), title: id, rule: .redLine, annotation: Annotation(location: Self.here))
        }
        let criteria = [criterion("a1", "a"), criterion("b1", "b"), criterion("b2", "b"), criterion("c1", "c"), criterion("d1", "d")]
        let stated = StatedRanking(actorID: "c", order: [], annotation: Annotation(location: Self.here))
        func model(_ site: SiteConfiguration) -> ReportModel {
            ReportModel(article: Article(.init(title: "T", authors: ["A"]), body: "x", location: Self.here),
                    entities: .init(actors: actors, criteria: criteria, options: [], assessments: [], statedRankings: [stated]), site: site)
        }
        // c has a stated ranking; b has two criteria; d (Beta) and a (Zeta) one each, by name.
        #expect(ReportSummary.actorOrder(model(SiteConfiguration())) == ["c", "b", "d", "a"])
        var site = SiteConfiguration()
        site.actorOrder = ["a", "d"]
        #expect(ReportSummary.actorOrder(model(site)) == ["a", "d", "c", "b"])
    }
}
