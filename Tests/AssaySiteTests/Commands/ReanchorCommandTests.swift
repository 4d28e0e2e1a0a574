import Foundation
import Testing

/// `assay reanchor` on the fixture pair (`Tests/Fixtures/reanchor`): its content cites the old version in every form
/// the docs show (a quote alone in a block or flow list, `exact:` in a block or flow mapping, with an id and a
/// comment); the new version moves, rewords, splits, deletes and repeats those quotes.
@Suite struct ReanchorCommandTests {
    static let fixture = RepositoryPaths.fixtures + "/reanchor"

    @Test func itSaysWhereEveryQuoteStandsAndWritesNothingWithoutWrite() throws {
        let run = try AssayRun.prepared(content: Self.fixture + "/content")
        let before = try String(contentsOfFile: run.folder + "/Content/options/mill-site.md", encoding: .utf8)
        let result = try run.assay(["reanchor", Self.fixture + "/new.md"])
        #expect(result.status == 1, "something is left to do")
        #expect(result.stdout.hasPrefix("7 quotes placed in \(Self.fixture)/new.md: 1 unchanged, 1 moved, 2 reworded, 1 uncertain, 1 ambiguous, 1 gone.\n"))
        #expect(result.stdout.contains("reworded  0.90  Content/options/mill-site.md:5:5\n    was: \"the bridge would cost about four million pounds to build\"\n"
                                       + "    words: the bridge would cost [-about-]{+nearly+} four million pounds to build\n"))
        #expect(result.stdout.hasSuffix("Run again with --write to rewrite the 3 citations whose new place is certain.\n"))
        #expect(result.stderr.contains("Content/assessments/north-site--quiet.md:7:5: warning: the quote is no longer in the article: "
                                       + "\"the mayor declined to comment\""))
        #expect(result.stderr.contains("Content/options/mill-site.md:6:5: warning: the quote fits 2 places equally well in the new version"))
        #expect(result.stderr.contains("Content/criteria/quiet.md:13:9: warning: the quote was reworded beyond certainty (62% of its words kept)"))
        #expect(result.stderr.contains("hint: if it still says what the judgement rests on, cite: - \"Residents of the old town fear dust and noise from the building works\""))
        #expect(try String(contentsOfFile: run.folder + "/Content/options/mill-site.md", encoding: .utf8) == before)
    }

    /// A content whose quotes all have a certain place in the new version (unchanged, moved, reworded, split): one
    /// `--write` and it builds.
    @Test func writeAloneLeavesAContentThatBuildsWhenEveryPlaceIsCertain() throws {
        let run = try AssayRun.prepared(content: Self.fixture + "/content")
        try run.edit("Content/criteria/quiet.md") { $0.replacingOccurrences(of: "cites: [\"Residents of the old quarter fear noise from the construction site\"]\n", with: "inference: true\n") }
        try run.edit("Content/assessments/mill-site--quiet.md") {
            $0.replacingOccurrences(of: "cites: [\"Residents of the old quarter fear noise from the construction site\"]\n", with: "inference: true\n")
        }
        try run.edit("Content/assessments/north-site--quiet.md") { $0.replacingOccurrences(of: "cites:\n  - \"the mayor declined to comment\"\n", with: "inference: true\n") }
        try run.edit("Content/options/mill-site.md") { $0.replacingOccurrences(of: "  - 'a decision is expected in June'\n", with: "") }
        let result = try run.assay(["reanchor", Self.fixture + "/new.md", "--write", "--date", "2026-12-04"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("4 quotes placed in \(Self.fixture)/new.md: 1 unchanged, 1 moved, 2 reworded.\n"))
        let build = try run.assay(["build", "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
    }

    /// With --write the certain places are rewritten byte for byte as `rewritten/` holds them, the article becomes the
    /// new version; once the analyst follows the three warnings' hints the content builds, the pages flag the
    /// reworded evidence, and diff counts what happened to the quotes.
    @Test func writeRewritesTheCertainOnesAndTheRestIsTheAnalysts() throws {
        let run = try AssayRun.prepared(content: Self.fixture + "/content")
        #expect(try run.assay(["snapshot", "--date", "2026-10-01"]).status == 0)
        let result = try run.assay(["reanchor", Self.fixture + "/new.md", "--write", "--date", "2026-12-04"])
        #expect(result.status == 1, "three quotes are left: \(result.stderr)")
        #expect(result.stdout.contains("Rewrote 1 citation in Content/options/mill-site.md\n"))
        for file in ["article.md", "assessments/north-site--low-cost.md", "criteria/low-cost.md", "options/mill-site.md"] {
            let got = try Data(contentsOf: URL(fileURLWithPath: run.folder + "/Content/" + file))
            let expected = try Data(contentsOf: URL(fileURLWithPath: Self.fixture + "/rewritten/" + file))
            #expect(got == expected, "\(file) as rewritten/ holds it")
        }
        #expect(try String(contentsOfFile: run.folder + "/Content/options/north-site.md", encoding: .utf8)
                == String(contentsOfFile: Self.fixture + "/content/options/north-site.md", encoding: .utf8), "a moved quote needs no change")
        let stillFailing = try run.assay(["build", "--quiet"])
        #expect(stillFailing.status != 0, "the quotes left to the analyst still fail the build")

        // What the hints say to do.
        let candidate = "\"Residents of the old town fear dust and noise from the building works\""
        try run.edit("Content/criteria/quiet.md") { $0.replacingOccurrences(of: "\"Residents of the old quarter fear noise from the construction site\"", with: candidate) }
        try run.edit("Content/assessments/mill-site--quiet.md") {
            $0.replacingOccurrences(of: "\"Residents of the old quarter fear noise from the construction site\"", with: candidate)
        }
        try run.edit("Content/assessments/north-site--quiet.md") { $0.replacingOccurrences(of: "cites:\n  - \"the mayor declined to comment\"\n", with: "inference: true\n") }
        try run.edit("Content/options/mill-site.md") {
            $0.replacingOccurrences(of: "'a decision is expected in June'", with: "{exact: \"a decision is expected in June\", prefix: \"due in May;\"}")
        }
        let build = try run.assay(["build", "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let option = try run.output("options/mill-site.html")
        #expect(option.contains("<p class=\"reworded\">The passage this rests on was reworded on 2026-12-04; it read: "
                                + "<q>the bridge would cost about four million pounds to build</q></p>"))
        let diff = try run.assay(["diff"])
        #expect(diff.stdout.contains("- The article's text changed: 2 quotes moved, 3 quotes were reworded and 1 quote is no longer cited.\n"))
        // Run again, nothing is left to rewrite: every quote stands as cited.
        let again = try run.assay(["reanchor"])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
    }
}
