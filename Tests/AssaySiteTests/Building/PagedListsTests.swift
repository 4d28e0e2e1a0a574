import AssayCore
import Foundation
import Testing
@testable import AssaySite

/// Past a hundred options the index and the actor pages show each list's leading entries and link to complete lists
/// of a hundred options a page, which hold every option exactly once (synthetic report: 250 options, 2 actors).
@Suite(.serialized) struct PagedListsTests {
    static let built: Result<[String: String], Error> = Result {
        let content = try GoldenOutputTests.synthesize(options: 250, actors: 2, criteria: 4)
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        return try GoldenOutputTests.build(content: content, draws: 200).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func theIndexShowsTheLeadingOptionsAndLinksToTheCompleteLists() throws {
        let pages = try Self.built.get()
        let index = try #require(pages["index.html"])
        #expect(Self.count("<li class=\"ranked-option\">", in: index) == 20, "ten ranked options for each of two actors")
        #expect(index.contains("<a href=\"lists/ranking-actor-0-1.html\">the complete ranking</a>"))
        #expect(index.contains("<a href=\"lists/options-1.html\">all 250 options</a> are listed on 3 pages"))
        #expect(!index.contains("class=\"matrix-block\""), "the matrix of 250 rows is left to the complete lists")
        #expect(index.contains("data-limit=\"10\""), "the what-if panel shows as many as the page")
        let actor = try #require(pages["actors/actor-1.html"])
        #expect(Self.count("<li class=\"ranked-option\">", in: actor) == 10)
        #expect(actor.contains("<a href=\"../lists/ranking-actor-1-1.html\">The complete ranking</a> lists all 250 options"))
    }

    @Test func eachCompleteListHoldsEveryOptionOnceInTheRankingsOrder() throws {
        let pages = try Self.built.get()
        for actor in ["actor-0", "actor-1"] {
            let rows = (1...3).flatMap { number in
                let page = pages["lists/ranking-\(actor)-\(number).html"] ?? ""
                return SiteLinks.attributeValues("href", in: page).filter { $0.hasPrefix("../options/") && !$0.contains("#") }
            }
            #expect(rows.count == 250 && Set(rows).count == 250, "\(actor): \(rows.count) rows, \(Set(rows).count) options")
            #expect(pages["lists/ranking-\(actor)-4.html"] == nil)
        }
        let cards = (1...3).map { Self.count("<li class=\"card\">", in: pages["lists/options-\($0).html"] ?? "") }
        #expect(cards == [100, 100, 50])
        let middle = try #require(pages["lists/ranking-actor-0-2.html"])
        #expect(middle.contains("Options 101–200 of 250, page 2 of 3."))
        #expect(middle.contains("<a href=\"../lists/ranking-actor-0-1.html\" rel=\"prev\">Previous</a>"))
        #expect(middle.contains("<a href=\"../lists/ranking-actor-0-3.html\" rel=\"next\">Next</a>"))
    }

    @Test func everyLinkOfAPagedReportLeadsSomewhere() throws {
        let pages = try Self.built.get()
        let html = pages.filter { $0.key.hasSuffix(".html") }
        let broken = SiteLinks(pages: html).broken(existing: Set(pages.keys))
        #expect(broken.isEmpty, "\(broken.prefix(5))")
    }

    @Test func aHundredOptionsAreShownWholeWithoutLists() throws {
        let content = try GoldenOutputTests.synthesize(options: 100, actors: 1, criteria: 4)
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        let pages = try GoldenOutputTests.build(content: content, draws: 0)
        #expect(!pages.keys.contains { $0.hasPrefix("lists/") })
        let index = String(decoding: try #require(pages["index.html"]), as: UTF8.self)
        #expect(index.contains("class=\"matrix-block\""))
        #expect(!index.contains("data-limit"))
    }
}

/// The sentences that name several actors or red lines, as a reader sees them with one, two and three.
@Suite struct ListsInSentencesTests {
    static func index(actors: Int) throws -> String {
        let content = try GoldenOutputTests.synthesize(options: 8, actors: actors, criteria: 2)
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        return String(decoding: try #require(try GoldenOutputTests.build(content: content, draws: 0)["index.html"]), as: UTF8.self)
    }

    @Test(arguments: [(1, "(<a href=\"actors/actor-0.html\">Actor 0</a>)"),
                      (2, "(<a href=\"actors/actor-0.html\">Actor 0</a> and <a href=\"actors/actor-1.html\">Actor 1</a>)"),
                      (3, "(<a href=\"actors/actor-0.html\">Actor 0</a>, <a href=\"actors/actor-1.html\">Actor 1</a> and <a href=\"actors/actor-2.html\">Actor 2</a>)")])
    func theActorsOfTheZoneOfAgreement(actors: Int, expected: String) throws {
        let index = try Self.index(actors: actors)
        #expect(index.contains("every actor with criteria \(expected)"), "\(actors) actors")
    }

    @Test func theDefaultReportsRedLinesThatBendLetOptionsBackInAsAList() throws {
        let index = String(decoding: try #require(try GoldenOutputTests.build(content: RepositoryPaths.content, draws: 0)["index.html"]), as: UTF8.self)
        #expect(index.contains("(rank 4, score 0.00) and <a href=\"options/western-troops-west-of-dnieper.html\">"))
        #expect(!index.contains(") ."), "no space before a full stop")
    }
}

/// The index opens with the report's verdict, and the same summary is in report.json.
@Suite struct SummaryFirstTests {
    @Test func theDefaultReportOpensWithItsSummary() throws {
        let built = try GoldenOutputTests.build(content: RepositoryPaths.content, draws: 0)
        let index = String(decoding: try #require(built["index.html"]), as: UTF8.self)
        let headings = index.components(separatedBy: "<h2 id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(headings.first == "summary", "the first section of the index is the summary: \(headings.prefix(3))")
        #expect(index.contains("From the point of view of <a href=\"actors/russia.html\">Russia</a>, "
                               + "<a href=\"options/resumed-support-no-peacekeepers.html\">Resumed Western support, no peacekeepers</a> comes first, "
                               + "with a score of 0.92 of 1."))
        #expect(index.contains("Kendall's τ between the two is 1.00 over 2 options, too few to say much."))
        let json = String(decoding: try #require(built["data/report.json"]), as: UTF8.self)
        #expect(json.contains("\"summary\" : {"))
    }

    @Test func anActorThatSiteYmlDoesNotKnowIsALocatedError() throws {
        let run = try AssayRun.prepared()
        try "title: A report\nactors:\n  - council\n  - mayor\n".write(toFile: run.folder + "/Content/site.yml", atomically: true, encoding: .utf8)
        let result = try run.assay(["build", "--quiet"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Content/site.yml:4:5: error: unknown actor 'mayor'"), "\(result.stderr)")
    }
}
