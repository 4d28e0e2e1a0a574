import Testing
@testable import AssayCore

@Suite struct EvidenceLintTests {
    static func lint(_ extra: [String: String]) throws -> [Diagnostic] {
        let (model, diagnostics) = ContentFixture.small(extra: extra).parse()
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        let model_ = try #require(model)
        let runs = [ArticleText.Run("Alpha is cheap. Beta is fast. Gamma is forbidden.", startsBlock: true)]
        let anchored = PassageAnchor.anchor(model_, in: ArticleText(runs: runs))
        return EvidenceLint.check(model_, passages: anchored.passages)
    }

    @Test func anAssessmentCitingNothingIsFlaggedUnlessItIsAnInference() throws {
        let uncited = "---\noption: alpha\ncriterion: cost\nlevel: low\nconfidence: high\n---\nBecause.\n"
        let warnings = try Self.lint(["assessments/a.md": uncited])
        #expect(warnings.contains { $0.location == .start(of: "Content/assessments/a.md") && $0.message == "no passage of the article is cited" })
        #expect(try Self.lint(["assessments/a.md": assessment("alpha", "cost", level: "low")]).allSatisfy { $0.location.file != "Content/assessments/a.md" })
    }

    @Test func aPassageOnlyAnOptionCitesIsEvidenceNotAWarning() throws {
        // It says what the option is; the option page shows it as such.
        let option = "---\ntitle: B\nsummary: b\ncites:\n  - \"Beta is fast\"\n---\n"
        let warnings = try Self.lint(["options/beta.md": option])
        #expect(!warnings.contains { $0.location.file == "Content/options/beta.md" }, "\(warnings)")
    }

    @Test func aCriterionOnWhichAllOptionsAreEqualCannotDiscriminate() throws {
        let warnings = try Self.lint([
            "assessments/a.md": assessment("alpha", "cost", level: "low"),
            "assessments/b.md": assessment("beta", "cost", level: "low"),
        ])
        #expect(warnings.contains { $0.location.file == "Content/criteria/cost.md" && $0.message.hasPrefix("every option is at the same level") })
        let differing = try Self.lint([
            "assessments/a.md": assessment("alpha", "cost", level: "low"),
            "assessments/b.md": assessment("beta", "cost", level: "high"),
        ])
        #expect(!differing.contains { $0.message.hasPrefix("every option is at the same level") })
    }

    @Test func gapsAreFlaggedForAnActorWithAStatedRanking() throws {
        let warnings = try Self.lint(["rankings/town.md": "---\nactor: town\norder: [alpha]\ncites: [\"Alpha is cheap\"]\n---\n"])
        let gaps = warnings.filter { $0.message.contains("is not assessed on") }
        // Three options, two criteria, no assessments: six gaps.
        #expect(gaps.count == 6)
        #expect(gaps.contains { $0.message == "'beta' is not assessed on 'cost'" && $0.location.file == "Content/options/beta.md" })
    }
}
