import Foundation
import Testing

/// `assay quote` on the minimal fixture: unique, repeated and loosely typed words, and words not in the article;
/// what it prints, pasted under `cites:`, builds.
@Suite struct QuoteCommandTests {
    @Test func looselyTypedWordsGiveTheArticlesOwnQuote() throws {
        let run = try AssayRun.prepared()
        let result = try run.assay(["quote", "THE north-site,  by the ring road"])
        #expect(result.status == 0)
        #expect(result.stdout == "cites:\n  - \"the north site by the ring road\"\n")
    }

    @Test func repeatedWordsListEachPlaceWithAPrefixThatPicksIt() throws {
        let run = try AssayRun.prepared()
        let result = try run.assay(["quote", "market street"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("The words occur 3 times in the article; each entry below picks one:\n\n"
                                        + "1. …and the old-town site at the foot of «Market Street», inside the protected old quarter. The…\n"
                                        + "  - exact: \"Market Street\"\n    prefix: \"the foot of\"\n"))
        // Each entry, pasted as it is, picks its own place: the build succeeds with all three.
        let entries = result.stdout.components(separatedBy: "\n  - ").dropFirst().map { "  - " + $0.components(separatedBy: "\n\n")[0] }
        #expect(entries.count == 3)
        try run.edit("Content/options/north-site.md") { $0.replacingOccurrences(of: "cites:\n", with: "cites:\n" + entries.joined(separator: "\n") + "\n") }
        let build = try run.assay(["build", "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
    }

    @Test func wordsNotInTheArticleShowTheNearestText() throws {
        let run = try AssayRun.prepared()
        let result = try run.assay(["quote", "the north site near the ring road"])
        #expect(result.status == 2)
        #expect(result.stderr == """
            Content/article.md:1:1: error: the words are not in the article: "the north site near the ring road"
                hint: the nearest text is "…on the table: the north site «by» the ring road, the old mill…"

            """)
    }
}
