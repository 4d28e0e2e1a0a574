import Foundation
import Testing

/// `assay evaluate`: the reference the what-if panel is tested against, on the minimal fixture (council: low-cost
/// weight 2, traffic-relief 1, red line protect-old-quarter), with hand-computed scores.
@Suite struct EvaluateCommandTests {
    @Test func printsTheRankingWithOtherWeightsAndABentRedLine() throws {
        let run = try AssayRun.prepared()
        // Published: north (2·1 + 1·0)/3 = 0.67, mill (2·0.4 + 1·0.5)/3 = 0.43, old town vetoed.
        let published = try run.assay(["evaluate", "--actor", "council"])
        #expect(published.status == 0)
        #expect(published.stdout == """
            council: low-cost=2 traffic-relief=1
              1. north-site 0.67
              2. mill-site 0.43
              x  old-town-site: vetoed by protect-old-quarter

            """)
        // low-cost 3 and the red line bent with the largest weight, 3; total 7: north (3 + 3 + 0)/7 = 0.86,
        // mill (1.2 + 3 + 0.5)/7 = 0.67, old town (0 + 0 + 1)/7 = 0.14.
        let bent = try run.assay(["evaluate", "--actor", "council", "--weight", "low-cost=3", "--bend", "protect-old-quarter", "--format", "json"])
        #expect(bent.status == 0)
        let outcome = try #require(try JSONSerialization.jsonObject(with: Data(bent.stdout.utf8)) as? [String: Any])
        let ranked = try #require(outcome["ranked"] as? [[String: Any]])
        #expect(ranked.map { $0["option"] as? String } == ["north-site", "mill-site", "old-town-site"])
        #expect(ranked.map { $0["scoreText"] as? String } == ["0.86", "0.67", "0.14"])
        #expect(abs((ranked[0]["score"] as? Double ?? 0) - 6.0 / 7.0) < 1e-15)
        #expect((ranked[1]["contributions"] as? [String: String])?["protect-old-quarter"] == "0.43")
        #expect(outcome["weights"] as? [String: Double] == ["low-cost": 3, "protect-old-quarter": 3, "traffic-relief": 1])
    }

    @Test func takesAFileOfScenarios() throws {
        let run = try AssayRun.prepared()
        try #"[{"actor": "council", "weights": {"traffic-relief": 4}}, {"actor": "council", "bent": ["protect-old-quarter"]}]"#
            .write(toFile: run.folder + "/scenarios.json", atomically: true, encoding: .utf8)
        let result = try run.assay(["evaluate", "--scenarios", "scenarios.json", "--format", "json"])
        #expect(result.status == 0)
        let outcomes = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        // traffic-relief 4: mill (0.8 + 2)/6 = 0.47 overtakes north 2/6 = 0.33.
        #expect((outcomes[0]["ranked"] as? [[String: Any]])?.map { $0["scoreText"] as? String } == ["0.47", "0.33"])
        #expect((outcomes[1]["vetoed"] as? [Any])?.isEmpty == true)
    }

    @Test func aWrongScenarioIsAClearError() throws {
        let run = try AssayRun.prepared()
        let result = try run.assay(["evaluate", "--actor", "council", "--weight", "protect-old-quarter=2"])
        #expect(result.status == 2)
        #expect(result.stderr == """
            assay evaluate: error: 'protect-old-quarter' is not a preference of 'council'
                hint: preferences: low-cost, traffic-relief

            """)
        let malformed = try run.assay(["evaluate", "--actor", "council", "--weight", "low-cost"])
        #expect(malformed.status != 0)
        #expect(malformed.stderr.contains("'low-cost' is not ID=NUMBER"))
    }
}
