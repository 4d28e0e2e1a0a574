import Foundation
import Testing

/// `assay new`: a content folder that builds at once, with no warning, from no article or from one's own.
@Suite struct NewCommandTests {
    static func run(_ arguments: [String], in folder: String) throws -> AssayRun.Result {
        try AssayRun(folder: folder).assay(arguments)
    }

    @Test func aNewReportBuildsStrictlyAtOnce() throws {
        let folder = try RepositoryPaths.scratch()
        let made = try Self.run(["new", "library"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.hasPrefix("Wrote library/Content/ (13 files)."))
        let build = try Self.run(["build", "--strict", "-c", "library/Content", "-o", "library/Output"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr == "", "no warning")
        let again = try Self.run(["new", "library"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr.hasPrefix("library/Content:1:1: error: the folder already exists"))
    }

    @Test func anArticleOfOneselfGivesTitleBylineAndQuotesFromIt() throws {
        let folder = try RepositoryPaths.scratch()
        try """
            Which Way to Heat a House?

            Written by Ada Example for The Energy Weekly, 3 March

            Heat pumps deliver three to four units of heat for each unit of electricity. Gas boilers are cheaper to install. \
            District heating suits dense towns best. Solar thermal panels help mostly in summer.
            """.write(toFile: folder + "/heat.txt", atomically: true, encoding: .utf8)
        let made = try Self.run(["new", "heat", "--from", "heat.txt", "--templates"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let article = try String(contentsOfFile: folder + "/heat/Content/article.md", encoding: .utf8)
        #expect(article.contains("title: \"Which Way to Heat a House?\"\nauthor: \"Ada Example\"\n"))
        #expect(article.contains("---\nHeat pumps deliver three to four units"))
        let option = try String(contentsOfFile: folder + "/heat/Content/options/option-a.md", encoding: .utf8)
        #expect(option.contains("cites:\n  - \"District heating suits dense towns best\""))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/heat/Templates/layout.mustache"))
                == Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.templates + "/layout.mustache")))
        let build = try Self.run(["build", "--strict", "-c", "heat/Content", "-t", "heat/Templates", "-o", "heat/Output"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr == "", "no warning")
    }
}
