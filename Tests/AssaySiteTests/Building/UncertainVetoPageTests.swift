import Foundation
import Testing

/// A veto resting on a crossing judged with low confidence shows as uncertain, and the robustness section says where
/// the option would stand without it (minimal fixture: the old-town site crosses the old-quarter red line).
@Suite struct UncertainVetoPageTests {
    @Test func aLowConfidenceCrossingIsVisiblyUncertain() throws {
        let run = try AssayRun.prepared()
        let file = "Content/assessments/old-town-site--protect-old-quarter.md"
        try run.edit(file) { text in
            text.replacingOccurrences(of: #"confidence: \w+"#, with: "confidence: low", options: .regularExpression)
        }
        #expect(try run.assay(["build", "--quiet"]).status == 0)
        let page = try run.output("actors/council.html")
        #expect(page.contains("(<a href=\"../options/old-town-site.html#assessment-protect-old-quarter\">why</a>) "
                              + "<span class=\"uncertain\">judged with low confidence</span>"))
        // Without the crossing: (2·0 + 1·1)/3 = 0.33, behind the mill (0.43) and north (0.67).
        #expect(page.contains("did not cross <a href=\"../criteria/protect-old-quarter.html\">No bridge through the protected old quarter</a> "
                              + "after all (judged with low confidence), it would be: rank 3, score 0.33."))
    }
}
