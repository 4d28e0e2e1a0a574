import Testing
@testable import AssayCore

/// Stated rankings with ties and pairs: the relation they state, Kendall's tau-b with ties, unordered pairs, and
/// the tensions, computed by hand.
@Suite struct PartialOrderTests {
    static let here = SourceLocation.start(of: "rankings/a.md")

    @Test func tiedGroupsGiveTauB() {
        // a; b = c; d — scores a 0.9, b 0.5, c 0.7, d 0.1. Six pairs, one the author ties (b, c), none tied in score;
        // the other five agree: tau-b = 5 / √(5 · 6) = 0.9129.
        let stated = StatedRanking(actorID: "x", groups: [["a"], ["b", "c"], ["d"]], pairs: [], annotation: Annotation(location: Self.here))
        let result = KendallTau.compare(options: ["a", "b", "c", "d"], relation: stated.relation, scores: ["a": 0.9, "b": 0.5, "c": 0.7, "d": 0.1])
        #expect(result.concordant.count == 5)
        #expect(result.statedTies == [.init(statedHigher: "b", statedLower: "c")])
        #expect(abs((result.tau ?? 0) - 5 / 30.0.squareRoot()) < 1e-12)
    }

    @Test func pairsGiveAPartialOrderWithUnorderedPairs() {
        // a > b and b > c (so a > c), d > c; a and d, b and d are not ordered. Scores a 0.2, b 0.5, c 0.1, d 0.3:
        // a > b is reversed, the other three agree: tau-b = (3 − 1) / √(4 · 4) = 0.5.
        let pairs = [StatedRanking.Pair(higher: "a", lower: "b", location: Self.here), .init(higher: "b", lower: "c", location: Self.here),
                     .init(higher: "d", lower: "c", location: Self.here)]
        let stated = StatedRanking(actorID: "x", groups: [], pairs: pairs, annotation: Annotation(location: Self.here))
        #expect(stated.relation("a", "c") == 1, "transitively")
        #expect(stated.relation("a", "d") == nil)
        let result = KendallTau.compare(options: stated.mentioned, relation: stated.relation, scores: ["a": 0.2, "b": 0.5, "c": 0.1, "d": 0.3])
        #expect(result.discordant == [.init(statedHigher: "a", statedLower: "b")])
        #expect(Set(result.unordered) == [.init(statedHigher: "a", statedLower: "d"), .init(statedHigher: "b", statedLower: "d")])
        #expect(result.tau == 0.5)
    }

    @Test func aStrictOrderGivesTheSameTauAsBefore() {
        // 1, 2, 3 against scores 3, 1, 2: C = 2, D = 1 over 3 pairs: 1/3.
        let result = KendallTau.compare(order: ["a", "b", "c"], scores: ["a": 3, "b": 1, "c": 2])
        #expect(abs((result.tau ?? 0) - 1.0 / 3.0) < 1e-12)
        #expect(result.unordered.isEmpty && result.statedTies.isEmpty)
    }

    @Test func tiesAndPairsAreReadWithTheirPassages() throws {
        let ranking = "---\nactor: town\norder:\n  - alpha\n  - [beta, gamma]\npairs:\n  - above: beta\n    below: gamma\n    note: only slightly\n"
            + "    cites: [\"Beta is fast\"]\ncites: [\"Alpha is cheap\"]\n---\n"
        let (_, diagnostics) = ContentFixture.small(extra: ["rankings/town.md": ranking]).parse()
        let error = try #require(diagnostics.first { $0.severity == .error })
        // The pair contradicts the tie: one message, at the pair.
        #expect("\(error.location): \(error.message)" == "Content/rankings/town.md:7:5: the pair puts 'beta' above 'gamma', but 'order' ties them")
        #expect(error.hint == "make the pair and 'order' agree, or leave one of them out")
        let agreeing = ranking.replacingOccurrences(of: "  - [beta, gamma]\n", with: "  - [beta, gamma]\n  - delta\n")
            .replacingOccurrences(of: "above: beta\n    below: gamma", with: "above: gamma\n    below: delta")
        let (model, problems) = ContentFixture.small(extra: ["rankings/town.md": agreeing, "options/delta.md": "---\ntitle: D\nsummary: d\ninference: true\n---\n"]).parse()
        #expect(!problems.containsErrors, "\(problems)")
        let stated = try #require(model?.statedRanking(of: "town"))
        #expect(stated.groups == [["alpha"], ["beta", "gamma"], ["delta"]])
        #expect(stated.pairs.map { "\($0.higher)>\($0.lower) \($0.note ?? "")" } == ["gamma>delta only slightly"])
        #expect(stated.pairs.first?.citations.map(\.selector.exact) == ["Beta is fast"])
    }

    @Test func aTiedGroupOfOneAndACircleOfPairsAreErrors() throws {
        let single = "---\nactor: town\norder:\n  - [alpha]\ncites: [\"Alpha is cheap\"]\n---\n"
        let (_, d1) = ContentFixture.small(extra: ["rankings/town.md": single]).parse()
        let tiedAlone = try #require(d1.first { $0.severity == .error })
        #expect("\(tiedAlone.location): \(tiedAlone.message)" == "Content/rankings/town.md:4:5: a tied group in 'order' needs two options or more")
        #expect(tiedAlone.hint == "write a single option without brackets: - option-a")
        let circle = "---\nactor: town\npairs:\n  - {above: alpha, below: beta}\n  - {above: beta, below: alpha}\ncites: [\"Alpha is cheap\"]\n---\n"
        let (_, d2) = ContentFixture.small(extra: ["rankings/town.md": circle]).parse()
        let circular = try #require(d2.first { $0.severity == .error })
        #expect("\(circular.location): \(circular.message)" == "Content/rankings/town.md:5:5: the pair puts 'beta' above 'alpha', but earlier pairs put it below")
        #expect(circular.hint == "pairs must not go round in a circle: check which way each one goes")
    }
}
