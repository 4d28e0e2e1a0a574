import Testing
@testable import AssayCore

/// Each kind of expectation, holding and failing, on a small model: town ranks alpha (cost 1) above beta (cost 0),
/// vetoes gamma; the author ranks beta, alpha, gamma — a discordant pair and a vetoed option the author ranks.
@Suite struct ExpectationTests {
    static func evaluate(_ claim: String) -> (model: ReportModel?, diagnostics: [Diagnostic]) {
        let fixture = ContentFixture.small(extra: [
            "assessments/alpha--no-gamma.md": assessment("alpha", "no-gamma", crosses: false),
            "assessments/alpha--cost.md": assessment("alpha", "cost", level: "low"),
            "assessments/beta--no-gamma.md": assessment("beta", "no-gamma", crosses: false),
            "assessments/beta--cost.md": assessment("beta", "cost", level: "high"),
            "assessments/gamma--no-gamma.md": assessment("gamma", "no-gamma", crosses: true),
            "assessments/gamma--cost.md": assessment("gamma", "cost", level: "low"),
            "rankings/town.md": "---\nactor: town\norder: [beta, alpha, gamma]\ncites: [\"Beta is fast\"]\n---\n",
            "expectations/e.md": "---\nexpect:\n  - \(claim)\n---\n",
        ])
        let (model, diagnostics) = fixture.parse()
        guard let model, !diagnostics.containsErrors else { return (nil, diagnostics) }
        let evaluation = ReportEvaluator.evaluate(model, draws: 0)
        return (model, ExpectationChecker.check(model.expectations, against: evaluation))
    }

    @Test(arguments: [
        "top: alpha\n    actor: town",
        "rank: 2\n    option: beta\n    actor: town",
        "vetoed: gamma\n    actor: town\n    by: no-gamma",
        "acceptable: alpha\n    actor: town",
        "min-tau: -1\n    actor: town",
        "tension: ranked-but-vetoed\n    option: gamma\n    actor: town",
        "tension: discordant-pair\n    actor: town",
        "in-agreement-zone: alpha",
        "pareto-optimal: alpha",
    ])
    func holds(_ claim: String) {
        let (model, diagnostics) = Self.evaluate(claim)
        #expect(model?.expectations.count == 1)
        #expect(diagnostics == [])
    }

    @Test(arguments: [
        ("top: beta\n    actor: town", "'beta' should rank first for 'town', but it ranks 2; rank 1 is held by 'alpha', ahead on 'cost' ('low' against 'high')"),
        ("rank: 1\n    option: beta\n    actor: town", "'beta' should rank 1 for 'town', but it ranks 2; rank 1 is held by 'alpha', ahead on 'cost' ('low' against 'high')"),
        ("vetoed: alpha\n    actor: town", "'alpha' should be vetoed by 'town', but it ranks 1"),
        ("acceptable: gamma\n    actor: town", "'gamma' should be acceptable to 'town', but it is vetoed by no-gamma"),
        ("min-tau: 0\n    actor: town", "Kendall's tau for 'town' should be at least 0.0, but it is -1.0"),
        ("tension: unacceptable-but-passes\n    actor: town", "a 'unacceptable-but-passes' tension should be reported for 'town', but it is not"),
        ("in-agreement-zone: gamma", "'gamma' should be acceptable to every actor, but it is blocked"),
        ("pareto-optimal: beta", "'beta' should be Pareto-optimal, but another option beats it"),
    ])
    func failsAtItsPlace(_ claim: String, _ message: String) throws {
        let (_, diagnostics) = Self.evaluate(claim)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.location == SourceLocation(file: "Content/expectations/e.md", line: 3, column: 5))
        #expect(diagnostic.message == "expectation not met: " + message)
    }

    @Test(arguments: [
        ("top: alpha", "the 'top' expectation needs 'actor'"),
        ("toop: alpha", "unknown expectation key 'toop'"),
        ("top: alpha\n    rank: 1\n    actor: town", "the expectation states 2 claims"),
        ("min-tau: 2\n    actor: town", "'min-tau' must be a number from -1 to 1"),
        ("tension: everything\n    actor: town", "unknown tension kind 'everything'"),
        ("top: omega\n    actor: town", "unknown option 'omega'"),
    ])
    func malformedExpectationsAreErrors(_ claim: String, _ message: String) {
        let (model, diagnostics) = Self.evaluate(claim)
        #expect(model == nil)
        #expect(diagnostics.first?.message == message)
    }
}
