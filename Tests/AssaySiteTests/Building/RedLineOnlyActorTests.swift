import Foundation
import Testing

/// An actor with red lines and no preferences: acceptable options shown as a set (no ranks, no scores), an option not
/// yet judged said so in words (never "unknown"), and the summary says what it accepts and vetoes.
@Suite struct RedLineOnlyActorTests {
    @Test func acceptableOptionsAreASet() throws {
        let run = try AssayRun.prepared()
        let content = run.folder + "/Content"
        try """
            ---
            actor: ferry-company
            kind: red-line
            title: Compensation for the ferry's lost trade
            cites:
              - "has asked only for compensation"
            ---
            """.write(toFile: content + "/criteria/ferry-compensation.md", atomically: true, encoding: .utf8)
        for (option, crosses) in [("mill-site", false), ("north-site", true)] {
            try """
                ---
                option: \(option)
                criterion: ferry-compensation
                crosses: \(crosses)
                confidence: medium
                inference: true
                ---
                The article says only that the company asked for compensation.
                """.write(toFile: content + "/assessments/\(option)--ferry-compensation.md", atomically: true, encoding: .utf8)
        }
        let result = try run.assay(["build", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let actor = String(decoding: try Data(contentsOf: URL(fileURLWithPath: run.folder + "/Output/actors/ferry-company.html")), as: UTF8.self)
        #expect(actor.contains("<h4>Acceptable: crosses none of its red lines</h4>"))
        let acceptable = actor.components(separatedBy: "<ul class=\"ranked acceptable\">").dropFirst().first?.components(separatedBy: "</ul>").first ?? ""
        #expect(acceptable.contains("<li class=\"ranked-option\"><a class=\"option-title\" href=\"../options/mill-site.html\">Old mill site</a></li>"))
        #expect(!acceptable.contains("north-site"), "the vetoed option is not acceptable")
        #expect(actor.contains("<h4>Not judged yet: assessments are missing</h4>"))
        #expect(actor.contains("acceptable only if it crosses none of its red lines, and not assessed yet on "
                               + "<a href=\"../criteria/ferry-compensation.html\">Compensation for the ferry&#39;s lost trade</a></li>"))
        #expect(!actor.contains("unknown"))
        let section = actor.components(separatedBy: "ranking-ferry-company").dropFirst().joined()
        #expect(!section.contains("<span class=\"rank\""), "no ranks for options that are not ordered")
        let option = String(decoding: try Data(contentsOf: URL(fileURLWithPath: run.folder + "/Output/options/mill-site.html")), as: UTF8.self)
        #expect(option.contains("Wend Ferry Company</a>: acceptable: crosses none of its red lines"))
        let index = String(decoding: try Data(contentsOf: URL(fileURLWithPath: run.folder + "/Output/index.html")), as: UTF8.self)
        #expect(index.contains("Wend Ferry Company</a> has red lines only, so nothing is scored: it accepts "
                               + "<a href=\"options/mill-site.html\">Old mill site</a>, and vetoes 1 of 3."), "\(index.components(separatedBy: "other-verdicts").last?.prefix(400) ?? "")")
    }
}
