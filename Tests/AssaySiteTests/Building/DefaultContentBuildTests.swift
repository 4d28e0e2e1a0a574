import AssayCore
import Foundation
import Testing
@testable import AssaySite
import AssayRender

/// The shipped content, built as `make` builds it, checked page by page.
@Suite struct DefaultContentBuildTests {
    struct Built {
        var summary: SiteBuilder.Summary
        var output: String
        var pages: [String: String]
    }

    static func build() throws -> Built {
        let output = try RepositoryPaths.scratch() + "/Output"
        let summary = try SiteBuilder(fileSystem: .local).build(
            .init(content: RepositoryPaths.content, templates: RepositoryPaths.templates, output: output))
        var pages: [String: String] = [:]
        for file in summary.files where file.hasSuffix(".html") {
            pages[file] = try String(contentsOfFile: output + "/" + file, encoding: .utf8)
        }
        return Built(summary: summary, output: output, pages: pages)
    }

    @Test func writesEveryPageWithoutWarnings() throws {
        let built = try Self.build()
        #expect(built.summary.warnings.isEmpty)
        let written = Set(try FileSystem.local.files(under: built.output).map(\.path))
        let expected: Set<String> = [
            ".gitignore", "index.html", "article.html", "evidence.html", "agreement.html", "style.css", "data/report.json",
            "data/report.schema.json", "data/annotations.jsonld", "data/matrix.csv", "data/search.json",
            "search.html", "search.js", "whatif.js", "404.html", "robots.txt",
            "options/resumed-support-no-peacekeepers.html", "options/support-with-non-western-peacekeepers.html",
            "options/western-troops-west-of-dnieper.html", "options/western-troops-in-ukraine.html",
            "actors/russia.html", "actors/united-states.html", "actors/ukraine.html", "actors/european-leaders.html", "actors/nato.html",
            "criteria/no-western-troops-in-ukraine.html", "criteria/no-foreign-forces.html", "criteria/limited-western-guarantees.html",
            "criteria/limited-remilitarization.html",
        ]
        #expect(written == expected)
        let parent = (built.output as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["Output"], "no staging folder is left behind")
    }

    @Test func everyInternalLinkResolvesToAFileAndAnId() throws {
        let built = try Self.build()
        let files = Set(built.summary.files)
        let links = SiteLinks(pages: built.pages)
        #expect(links.broken(existing: files) == [])
        #expect(links.links.count > 200)
        #expect(links.links.allSatisfy { !$0.href.hasPrefix("/") }, "all links are relative")
    }

    @Test func everyQuotedPassageOnAnOptionPageIsArticleText() throws {
        let built = try Self.build()
        // A copy of ../shared/source/article.txt, so the tests do not depend on what lies beside the checkout.
        let source = try String(contentsOfFile: RepositoryPaths.fixtures + "/article-source.txt", encoding: .utf8)
        let articleText = fold(source)
        var quotes = 0
        for (path, html) in built.pages where path.hasPrefix("options/") {
            for quote in Self.blockquotes(html) {
                quotes += 1
                #expect(articleText.contains(fold(quote)), "\(path): “\(quote)” is not in the article")
            }
        }
        #expect(quotes >= 20)
    }

    @Test func theArticleIsQuotedVerbatimInContent() throws {
        // A copy of ../shared/source/article.txt, so the tests do not depend on what lies beside the checkout.
        let source = try String(contentsOfFile: RepositoryPaths.fixtures + "/article-source.txt", encoding: .utf8)
        let article = try String(contentsOfFile: RepositoryPaths.content + "/article.md", encoding: .utf8)
        let paragraphs = source.split(separator: "\n").dropFirst(2)
        for paragraph in paragraphs { #expect(article.contains(paragraph), "missing: \(paragraph.prefix(40))…") }
    }

    @Test func rankingAndTensionsAreTheOnesDerivedByHand() throws {
        let built = try Self.build()
        let data = try Data(contentsOf: URL(fileURLWithPath: built.output + "/data/report.json"))
        let report = try JSONDecoder().decode(ReportJSON.self, from: data)
        let russia = try #require(report.evaluation.actors.first { $0.actorID == "russia" })
        // Weights: no-foreign-forces 3, limited-western-guarantees 2, limited-remilitarization 1 (total 6).
        // No peacekeepers: (3·1 + 2·1 + 1·0.5)/6 = 11/12; non-Western peacekeepers: (3·0.5 + 2·1 + 1·1)/6 = 3/4.
        #expect(russia.results.map(\.optionID) == [
            "resumed-support-no-peacekeepers", "support-with-non-western-peacekeepers",
            "western-troops-in-ukraine", "western-troops-west-of-dnieper",
        ])
        let scores = russia.results.compactMap { $0.verdict.ranked }
        #expect(scores.map(\.rank) == [1, 2])
        #expect(abs(scores[0].score - 11.0 / 12.0) < 1e-12)
        #expect(abs(scores[1].score - 0.75) < 1e-12)
        #expect(russia.results[2].verdict.vetoed?.redLines == ["no-western-troops-in-ukraine"])
        #expect(russia.results[3].verdict.vetoed?.redLines == ["no-western-troops-in-ukraine"])
        // The author ranks the west-of-Dnieper option third, yet it crosses the red line the article states.
        let comparison = try #require(russia.comparison)
        #expect(comparison.kendallTau == 1)
        #expect(comparison.discordantPairs.isEmpty)
        #expect(comparison.tensions.map(\.kind) == ["ranked-but-vetoed"])
        #expect(comparison.tensions.first?.optionIDs == ["western-troops-west-of-dnieper"])
    }

    @Test func theIndexShowsTheRankingAndTheTension() throws {
        let index = try #require(try Self.build().pages["index.html"])
        #expect(index.contains("href=\"options/resumed-support-no-peacekeepers.html\""))
        #expect(index.contains("class=\"tension tension-ranked-but-vetoed\""))
        #expect(index.contains("Kendall's τ over the 2 options both rankings score: <strong>1.00</strong>"))
    }

    @Test func theDataExportsDescribeTheSameReport() throws {
        let built = try Self.build()
        let csv = try String(contentsOfFile: built.output + "/data/matrix.csv", encoding: .utf8)
        let rows = csv.split(separator: "\r\n")
        // Russia: 4 options × 4 criteria, plus the header.
        #expect(rows.count == 17)
        #expect(rows.first == "actor,option,criterion,kind,weight,level,value,crosses,confidence,status")
        #expect(rows.contains("russia,western-troops-west-of-dnieper,no-western-troops-in-ukraine,red-line,,,,true,medium,assessed"))
        let data = try Data(contentsOf: URL(fileURLWithPath: built.output + "/data/annotations.jsonld"))
        let annotations = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(annotations["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        let items = try #require((annotations["first"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.count == 13)
        #expect(annotations["total"] as? Int == items.count)
        for item in items {
            let target = try #require(item["target"] as? [String: Any])
            let selectors = try #require(target["selector"] as? [[String: Any]])
            #expect(selectors.map { $0["type"] as? String } == ["TextQuoteSelector", "TextPositionSelector"])
            #expect((target["source"] as? String)?.hasPrefix("../article.html#") == true)
        }
    }

    @Test func theRobustnessOfRussiasRankingIsOnThePages() throws {
        let built = try Self.build()
        let index = try #require(built.pages["index.html"])
        // Hand-computed: the top two swap when "no foreign forces" falls below a quarter of the weight (weight 1).
        #expect(index.contains("“Resumed support with non-Western peacekeepers” overtakes “Resumed Western support, no peacekeepers” if the weight of “No foreign military forces in Ukraine at all” falls below 0.25 of the total (weight 1.00)."))
        #expect(index.contains("Rank probabilities over 10000 draws"))
        let criterion = try #require(built.pages["criteria/no-western-troops-in-ukraine.html"])
        #expect(criterion.contains("If this red line bent"))
        let agreement = try #require(built.pages["agreement.html"])
        #expect(agreement.contains("Pareto-optimal"))
    }

    @Test func publishingFilesFollowTheSiteConfiguration() throws {
        // The default content sets no base URL: no sitemap, no canonical links, robots.txt without a sitemap.
        let built = try Self.build()
        #expect(!FileManager.default.fileExists(atPath: built.output + "/sitemap.xml"))
        #expect(try String(contentsOfFile: built.output + "/robots.txt", encoding: .utf8) == "User-agent: *\nAllow: /\n")
        #expect(built.pages["index.html"]?.contains("rel=\"canonical\"") == false)
        #expect(built.pages["index.html"]?.contains("<title>Which Western Security Guarantees For Ukraine Could Putin Find Acceptable? · Assay report: Western security guarantees for Ukraine</title>") == true)
        // The minimal fixture sets one: every page gets its canonical address, and the sitemap lists them all.
        let output = try RepositoryPaths.scratch() + "/Output"
        _ = try SiteBuilder(fileSystem: .local, settings: .init(draws: 0)).build(
            .init(content: RepositoryPaths.fixtures + "/minimal", templates: RepositoryPaths.templates, output: output))
        let option = try String(contentsOfFile: output + "/options/north-site.html", encoding: .utf8)
        #expect(option.contains("<link rel=\"canonical\" href=\"https://example.org/reports/millbrook/options/north-site.html\">"))
        #expect(option.contains("<meta property=\"og:title\" content=\"North site\">"))
        #expect(option.contains("<html lang=\"en-GB\">"))
        let sitemap = try String(contentsOfFile: output + "/sitemap.xml", encoding: .utf8)
        #expect(sitemap.components(separatedBy: "<loc>").count - 1 == 13)  // 5 report pages, 3 options, 3 criteria, 2 actors
        #expect(!sitemap.contains("404.html"))
        let notFound = try String(contentsOfFile: output + "/404.html", encoding: .utf8)
        #expect(notFound.contains("href=\"https://example.org/reports/millbrook/index.html\""))
    }

    static func blockquotes(_ html: String) -> [String] {
        html.components(separatedBy: "<blockquote class=\"quote\"><p>").dropFirst().compactMap {
            $0.components(separatedBy: "</p></blockquote>").first.map(unescape)
        }
    }
}

/// White space folded, for comparing quotes with the source text.
func fold(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

func unescape(_ html: String) -> String {
    html.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&amp;", with: "&")
}

/// The parts of report.json the tests read.
struct ReportJSON: Decodable {
    struct Evaluation: Decodable { var actors: [Actor] }
    struct Actor: Decodable {
        var actorID: String
        var results: [Result]
        var comparison: Comparison?
    }
    struct Result: Decodable {
        var optionID: String
        var verdict: Verdict
    }
    struct Verdict: Decodable {
        struct Ranked: Decodable { var rank: Int; var score: Double }
        struct Vetoed: Decodable { var redLines: [String] }
        var ranked: Ranked?
        var vetoed: Vetoed?
    }
    struct Comparison: Decodable {
        struct Pair: Decodable { var statedHigher: String; var statedLower: String }
        struct Tension: Decodable { var kind: String; var optionIDs: [String] }
        var kendallTau: Double?
        var discordantPairs: [Pair]
        var tensions: [Tension]
    }
    var evaluation: Evaluation
}
