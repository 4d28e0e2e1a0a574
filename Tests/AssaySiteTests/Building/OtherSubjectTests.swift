import Foundation
import Testing
@testable import AssaySite

/// A report about another subject says nothing of the default article: no word of it in any page or data file,
/// whatever the templates or the code might have taken from it.
@Suite struct OtherSubjectTests {
    /// Words only the default article (Western security guarantees for Ukraine) uses.
    static let defaultArticleWords = ["peacekeeper", "peacekeepers", "ukraine", "ukrainian", "putin", "nato", "russia", "russian",
                                      "dnieper", "kremlin", "remilitarization", "demilitarized"]

    @Test func theBridgeReportMentionsNothingOfTheDefaultArticle() throws {
        let folder = try RepositoryPaths.scratch()
        let summary = try SiteBuilder(fileSystem: .local, settings: .init(draws: 200)).build(
            .init(content: RepositoryPaths.fixtures + "/minimal", templates: RepositoryPaths.templates, output: folder + "/Output"))
        #expect(summary.files.count > 10)
        for file in summary.files {
            let text = try String(contentsOfFile: folder + "/Output/" + file, encoding: .utf8).lowercased()
            let words = Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init))
            let found = Self.defaultArticleWords.filter(words.contains)
            #expect(found.isEmpty, "\(file) mentions \(found)")
        }
        let search = try String(contentsOfFile: folder + "/Output/search.html", encoding: .utf8)
        #expect(search.contains("placeholder=\"e.g. north\""), "the search field's example comes from the report's own titles")
    }
}
