import Foundation
import Testing
@testable import AssaySite

/// The second article (`Tests/Fixtures/design-doc`): a technical design note with code blocks, a pipe table of figures,
/// a red-line-only actor, ranges (one across a cost threshold) and two revisions. It builds with `--strict`, and each
/// page says what an analyst of another field needs, as text. Scores hand-computed from the fixture:
/// platform team (ingest 3, cost 2, operability 1; total 6), ClickHouse = (3·0.8667 + 2·0.5 + 1·0.5) / 6 = 0.68,
/// PostgreSQL = (3·0.1444 + 2·1 + 1·1) / 6 = 0.57, TimescaleDB = (3·0.2889 + 2·0.75 + 1·1) / 6 = 0.56,
/// Kafka = (3·0.7222) / 6 = 0.36; the in-house store crosses both red lines.
@Suite struct SecondArticleTests {
    static let content = RepositoryPaths.fixtures + "/design-doc"

    /// Built once with the real command, `--strict`: any warning fails.
    static let built: Result<AssayRun, Error> = Result {
        let run = try AssayRun.prepared(content: content)
        let strict = try run.assay(["build", "--strict", "--quiet"])
        try #require(strict.status == 0, "\(strict.stderr)")
        return run
    }

    static func page(_ path: String) throws -> String { try built.get().output(path) }

    /// Text without tags and with entities read, runs of white space as one space.
    static func text(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        for (entity, character) in [("&#39;", "'"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func theIndexOpensWithTheVerdictOfTheLeadingActor() throws {
        let index = try Self.page("index.html")
        let main = try #require(index.range(of: "<main")).upperBound
        let summary = try #require(index.range(of: "<section class=\"summary\""))
        #expect(index[main..<summary.lowerBound].range(of: "<section") == nil, "the summary is the first section")
        let end = try #require(index.range(of: "</section>", range: summary.upperBound..<index.endIndex))
        let said = Self.text(String(index[summary.lowerBound..<end.lowerBound]))
        #expect(said.contains("From the point of view of Platform team, ClickHouse comes first, with a score of 0.68 of 1"), "\(said)")
        #expect(said.contains("The author's own ranking agrees: it also puts ClickHouse first"))
        #expect(said.contains("Finance office: In-house LSM store comes first"))
        #expect(said.contains("Security office has red lines only, so nothing is scored: it accepts ClickHouse, "
                              + "Kafka with Parquet on object storage, Partitioned PostgreSQL and TimescaleDB, and vetoes 1 of 5."))
        // Actors in the order site.yml gives, never by id.
        #expect(said.range(of: "Platform team")!.lowerBound < said.range(of: "Finance office")!.lowerBound)
        #expect(said.range(of: "Finance office")!.lowerBound < said.range(of: "Security office")!.lowerBound)
    }

    @Test func quotesFromCodeBlocksAndTableCellsAreHighlightedInPlace() throws {
        let article = try Self.page("article.html")
        #expect(article.contains("<pre tabindex=\"0\"><code class=\"language-xml\"><mark class=\"passage\" id=\"p-insert-quorum-2-insert-quorum-c00856\">"
                                 + "&lt;insert_quorum&gt;2&lt;/insert_quorum&gt;</mark>"))
        #expect(article.contains("<pre tabindex=\"0\"><code><mark class=\"passage\" id=\"p-acks-all-e0d2b0\">acks=all</mark>"), "an indented code block")
        #expect(article.contains("<div class=\"table-scroll\" tabindex=\"0\"><table>"))
        #expect(article.contains("<th class=\"align-right\">Ingest (k rows/s)</th>"))
        // The figures the assessments cite are marked in their cells.
        for figure in ["90–140", "150–210", "380–520", "300–450", "3,100", "3,900–4,600", "5,200", "7,400", "2,200"] {
            #expect(article.range(of: "<td class=\"align-right\"><mark class=\"passage\" id=\"[^\"]+\">\(figure)</mark>", options: .regularExpression) != nil,
                    "\(figure) is highlighted in its cell")
        }
        #expect(!article.contains("| Engine |"), "no paragraph of pipes")
    }

    @Test func rangesShowWithTheirUnitAndAcrossAThreshold() throws {
        let option = Self.text(try Self.page("options/timescale.html"))
        #expect(option.contains("3900–4600 €/month (0.75)"), "the range across 4,000 € counts as the middle of its ends' levels")
        #expect(option.contains("150–210 k rows/s (0.29)"))
    }

    @Test func theRedLineOnlyActorAcceptsASet() throws {
        let actor = Self.text(try Self.page("actors/security.html"))
        #expect(!actor.contains("unknown"))
        #expect(!actor.lowercased().contains("slider"), "no weights to move")
        #expect(!actor.contains("1, 1"), "the passers are not a tie of ranks")
        #expect(actor.contains("In-house LSM store"))
    }

    @Test func theRevisionsSayWhatMovedInWords() throws {
        let revisions = Self.text(try Self.page("revisions.html"))
        for sentence in [
            "Platform team: ClickHouse's score rose from 0.60 to 0.68.",
            "Platform team: TimescaleDB's score rose from 0.48 to 0.56.",
            "Platform team: ClickHouse's lead widened: 57% → 74% of draws.",
            "The assessment of ClickHouse on Easy to operate changed from 'Hard for the on-call team' to 'Some learning needed' (better), "
                + "and its confidence from 'low' to 'medium'.",
            "The assessment of TimescaleDB on Running cost changed from '4600 €/month' to '3900–4600 €/month' (better), "
                + "and its confidence from 'medium' to 'low'.",
        ] {
            #expect(revisions.contains(sentence), "\(sentence)")
        }
        #expect(revisions.contains("Revision of 2026-10-05"))
        #expect(revisions.contains("Revision of 2026-09-20"))
        // The conclusions each revision recorded, folded: ClickHouse first for the platform team in both.
        let page = try Self.page("revisions.html")
        for row in ["0.68</td><td class=\"number\">74%", "0.60</td><td class=\"number\">57%"] {
            #expect(page.contains("<td>1</td><td><a href=\"options/clickhouse.html\">ClickHouse</a></td><td class=\"number\">" + row))
        }
        // The red-line-only actor accepted a set; no ranks.
        #expect(revisions.contains("Security office (1 vetoed) Red lines only: accepted ClickHouse, Kafka with Parquet on object storage, "
                                   + "Partitioned PostgreSQL and TimescaleDB."))
        let feed = try Self.page("feed.xml")
        #expect(feed.contains("lead widened: 57% → 74% of draws."), "the feed's entries say the same")
    }

    @Test func theDiffCommandSaysTheSame() throws {
        let run = try Self.built.get()
        let diff = try run.assay(["diff", "Content/revisions/2026-09-20.json", "Content/revisions/2026-10-05.json"])
        #expect(diff.status == 1, "something changed")
        #expect(diff.stdout.contains("- Platform team: ClickHouse's lead widened: 57% → 74% of draws.\n"))
        #expect(try run.assay(["diff"]).status == 0, "the content is the latest revision")
    }
}
