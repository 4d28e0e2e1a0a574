import Foundation
import Testing

/// A preference argued in figures (minimal fixture: traffic relief, in per cent taken off Market Street, by thresholds
/// onto its levels): the figures show on the pages and in report.json, with the value they count as.
@Suite struct FiguresOnPagesTests {
    @Test func figuresShowWhereTheLevelsDid() throws {
        let run = try AssayRun.prepared()
        try run.edit("Content/criteria/traffic-relief.md") {
            $0.replacingOccurrences(of: "weight: 1\n", with: "weight: 1\nmeasure:\n  unit: \"%\"\n  thresholds:\n    - {level: half, from: 40}\n    - {level: all, from: 90}\n")
        }
        try run.edit("Content/assessments/mill-site--traffic-relief.md") { $0.replacingOccurrences(of: "level: half", with: "value: [45, 95]") }
        let build = try run.assay(["build", "--quiet", "--strict"])
        #expect(build.status == 0, "\(build.stderr)")
        // 45 sits at "half" (0.5), 95 at "all" (1): the range counts as 0.75.
        let option = try run.output("options/mill-site.html")
        #expect(option.contains("45–95 %"))
        let criterion = try run.output("criteria/traffic-relief.html")
        #expect(criterion.contains("placed on the levels by thresholds: from 40 %, “half”; from 90 %, “all”"))
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: run.folder + "/Output/data/report.json"))) as? [String: Any]
        let assessment = (report?["assessments"] as? [[String: Any]])?.first { $0["id"] as? String == "mill-site--traffic-relief" }
        #expect(assessment?["range"] as? [Double] == [45, 95])
        #expect(assessment?["figureValue"] as? Double == 0.75)
        #expect(assessment?["level"] == nil)
    }
}
