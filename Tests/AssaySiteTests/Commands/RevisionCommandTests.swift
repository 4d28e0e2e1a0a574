import Foundation
import Testing

/// `assay snapshot` and `assay diff` as an analyst uses them on the minimal fixture (council: low-cost weight 2,
/// traffic-relief 1; north 0.67 ahead of the mill 0.43), then the pages and the feed a build makes of the revisions.
@Suite struct RevisionCommandTests {
    static let millCost = "Content/assessments/mill-site--low-cost.md"

    /// Records 2026-10-01, moves the mill ahead (its cost level near-budget → well-under-budget: (2·1 + 1·0.5)/3 = 0.83;
    /// six changes: the two moves, the mill's new lead in the draws, both weights' bands and the resolved tension),
    /// records 2026-11-29 with a note, and builds.
    static func twoRevisions() throws -> AssayRun {
        let run = try AssayRun.prepared()
        #expect(try run.assay(["snapshot", "--date", "2026-10-01", "--note", "First publication."]).stdout
                    == "Recorded Content/revisions/2026-10-01.json: the first revision.\n")
        try run.edit(millCost) { $0.replacingOccurrences(of: "level: near-budget", with: "level: well-under-budget") }
        let recorded = try run.assay(["snapshot", "--date", "2026-11-29", "--note", "The mill's *new* estimate."])
        #expect(recorded.stdout == "Recorded Content/revisions/2026-11-29.json: 6 changes since 2026-10-01.\n", "\(recorded.stderr)")
        #expect(try run.assay(["build", "--quiet"]).status == 0)
        return run
    }

    @Test func diffSaysWhatMovedAndWhyWithItsExitStatus() throws {
        let run = try AssayRun.prepared()
        #expect(try run.assay(["snapshot", "--date", "2026-10-01"]).status == 0)
        let same = try run.assay(["diff"])
        #expect(same.status == 0)
        #expect(same.stdout == "No change in the conclusions from the revision of 2026-10-01 to the content now.\n")
        try run.edit(Self.millCost) { $0.replacingOccurrences(of: "level: near-budget", with: "level: well-under-budget") }
        let changed = try run.assay(["diff"])
        #expect(changed.status == 1)
        #expect(changed.stdout == """
            From the revision of 2026-10-01 to the content now:
            - Millbrook Town Council: Old mill site moved from 2nd to 1st (score 0.43 → 0.83) because its assessment on Stay within the budget changed from 'Close to the whole budget' to 'Well under budget' (better).
            - Millbrook Town Council: North site moved from 1st to 2nd (as other options changed).
            - Millbrook Town Council: Old mill site now leads: first in 100% of draws (2% before).
            - Millbrook Town Council: the ranking now holds whatever the weight of Stay within the budget (before: 45–100% of the total weight).
            - Millbrook Town Council: the ranking now holds whatever the weight of Ease traffic on Market Street (before: 0–55% of the total weight).
            - Tension resolved for Millbrook Town Council about Old mill site and North site: The author puts “Old mill site” above “North site”, but the assessments score it lower.

            """)
        let json = try run.assay(["diff", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["changed"] as? Bool == true)
        #expect(((object["changes"] as? [String: Any])?["moved"] as? [[String: Any]])?.map { $0["to"] as? String } == ["1", "2"])
    }

    /// An expectation that no longer holds does not stop diff: it is shown, and the moves are listed.
    @Test func diffRunsWhateverTheExpectationsSay() throws {
        let run = try AssayRun.prepared()
        try FileManager.default.createDirectory(atPath: run.folder + "/Content/expectations", withIntermediateDirectories: true)
        try "---\nexpect:\n  - top: north-site\n    actor: council\n---\n"
            .write(toFile: run.folder + "/Content/expectations/claims.md", atomically: true, encoding: .utf8)
        #expect(try run.assay(["snapshot", "--date", "2026-10-01"]).status == 0)
        try run.edit(Self.millCost) { $0.replacingOccurrences(of: "level: near-budget", with: "level: well-under-budget") }
        let changed = try run.assay(["diff"])
        #expect(changed.status == 1)
        #expect(changed.stdout.hasPrefix("From the revision of 2026-10-01 to the content now:\n- Millbrook Town Council: Old mill site moved from 2nd to 1st"))
        #expect(changed.stderr.contains("Content/expectations/claims.md:3:5: warning: expectation not met: 'north-site' should rank first for "
                                        + "'council', but it ranks 2; rank 1 is held by 'mill-site', ahead on 'traffic-relief' ('half' against 'little')"),
                "\(changed.stderr)")
        #expect(try run.assay(["build", "--quiet"]).status != 0, "a build still fails on it")
    }

    @Test func diffReadsRevisionsAndReportFiles() throws {
        let run = try Self.twoRevisions()
        #expect(try run.assay(["diff", "Content/revisions/2026-10-01.json", "Content/revisions/2026-11-29.json"]).status == 1)
        #expect(try run.assay(["diff", "Content/revisions/2026-11-29.json", "Output/data/report.json"]).status == 0,
                "a report.json built from the same content has the same conclusions")
        #expect(try run.assay(["diff", "Content/revisions/2026-10-01.json", "Output/data/report.json"]).status == 1)
        let wrong = try run.assay(["diff", "Output/style.css"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.hasPrefix("Output/style.css:1:1: error: the file is not a JSON object\n"))
    }

    @Test func snapshotRefusesADayBeforeTheLatest() throws {
        let run = try AssayRun.prepared()
        #expect(try run.assay(["snapshot", "--date", "2026-10-01"]).status == 0)
        let earlier = try run.assay(["snapshot", "--date", "2026-09-30"])
        #expect(earlier.status == 2)
        #expect(earlier.stderr == """
            Content/revisions/2026-10-01.json:1:1: error: the revision of 2026-09-30 would come before the latest, of 2026-10-01
                hint: revisions follow each other in time: pass --date 2026-10-02 or later

            """)
        // The day it proposes is one it takes.
        #expect(try run.assay(["snapshot", "--date", "2026-10-02"]).status == 0)
    }

    @Test func aNotesMarkdownIsChecked() throws {
        let run = try AssayRun.prepared()
        #expect(try run.assay(["snapshot", "--date", "2026-10-01", "--note", "See [this](javascript:alert(1))."]).status == 0)
        let check = try run.assay(["check"])
        #expect(check.stderr.hasPrefix("Content/revisions/2026-10-01.json:1:1: warning: in the note: the link target 'javascript:alert(1)' is removed"))
    }

    @Test func snapshotRefusesADayAlreadyRecordedAndADayThatIsNot() throws {
        let run = try AssayRun.prepared()
        #expect(try run.assay(["snapshot", "--date", "2026-10-01"]).status == 0)
        let again = try run.assay(["snapshot", "--date", "2026-10-01"])
        #expect(again.status == 2)
        #expect(again.stderr == """
            Content/revisions/2026-10-01.json:1:1: error: a revision of 2026-10-01 is already recorded
                hint: pass --date with another day, or delete the file to record it again

            """)
        let badDay = try run.assay(["snapshot", "--date", "2026-02-30"])
        #expect(badDay.status != 0)
        #expect(badDay.stderr.contains("'2026-02-30' is not a day"))
        let misnamed = run.folder + "/Content/revisions/2026-12-01.json"
        try FileManager.default.copyItem(atPath: run.folder + "/Content/revisions/2026-10-01.json", toPath: misnamed)
        let build = try run.assay(["build"])
        #expect(build.status != 0)
        #expect(build.stderr.hasPrefix("Content/revisions/2026-12-01.json:1:1: error: the revision's date '2026-10-01' is not its file name '2026-12-01'"))
    }

    @Test func pagesAndTheFeedShowTheRevisions() throws {
        let run = try AssayRun.prepared()
        for absent in ["revisions.html", "feed.xml"] {
            #expect(!FileManager.default.fileExists(atPath: run.folder + "/Output/" + absent), "no \(absent) without revisions")
        }
        #expect(!(try run.output("index.html")).contains("application/atom+xml"))
        let recorded = try Self.twoRevisions()
        let revisions = try recorded.output("revisions.html")
        #expect(revisions.contains("<section class=\"revision\" id=\"revision-2026-11-29\""))
        #expect(revisions.contains("<section class=\"revision\" id=\"revision-2026-10-01\""))
        #expect(revisions.range(of: "revision-2026-11-29")!.lowerBound < revisions.range(of: "revision-2026-10-01")!.lowerBound, "newest first")
        #expect(revisions.contains("<p>The mill's <em>new</em> estimate.</p>"))
        #expect(revisions.contains("<a href=\"options/mill-site.html\">Old mill site</a> moved from 2nd to 1st (score 0.43 → 0.83) because its "
                                   + "assessment on <a href=\"criteria/low-cost.html\">Stay within the budget</a> changed from "
                                   + "&#39;Close to the whole budget&#39; to &#39;Well under budget&#39; (better)"))
        #expect(revisions.contains("<a href=\"options/mill-site.html\">Old mill site</a> now leads: first in 100% of draws (2% before)."))
        #expect(revisions.contains("<p>The first recorded revision.</p>"))
        let option = try recorded.output("options/mill-site.html")
        #expect(option.contains("<strong>Changed since the revision of 2026-10-01</strong> (recorded in the "
                                + "<a href=\"../revisions.html#revision-2026-11-29\">revision of 2026-11-29</a>)"))
        #expect(!(try recorded.output("options/old-town-site.html")).contains("changed-since"), "an option nothing changed about")
        let index = try recorded.output("index.html")
        #expect(index.contains("Latest revision: <a href=\"revisions.html#revision-2026-11-29\">2026-11-29</a> (2 recorded)"))
        // The fixture has a base URL: the feed is advertised and its links are absolute.
        #expect(index.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Revisions of Millbrook bridge report\" "
                               + "href=\"https://example.org/reports/millbrook/feed.xml\">"))
        let feed = try recorded.output("feed.xml")
        #expect(feed.contains("<id>https://example.org/reports/millbrook/revisions.html#revision-2026-11-29</id>"))
        #expect(feed.contains("<updated>2026-11-29T00:00:00Z</updated>"))
        #expect(feed.components(separatedBy: "<entry>").count == 3)
        #expect(feed.contains("&lt;a href=&quot;https://example.org/reports/millbrook/options/mill-site.html&quot;&gt;Old mill site&lt;/a&gt; moved from 2nd to 1st"))
        // The same content and revisions give the same bytes.
        #expect(try recorded.assay(["build", "--quiet", "--clean", "-o", "Again"]).status == 0)
        for file in ["feed.xml", "revisions.html", "options/mill-site.html", "index.html"] {
            #expect(try recorded.output(file) == String(contentsOfFile: recorded.folder + "/Again/" + file, encoding: .utf8), "\(file)")
        }
    }
}

extension AssayRun {
    func edit(_ path: String, _ change: (String) -> String) throws {
        let file = folder + "/" + path
        try change(try String(contentsOfFile: file, encoding: .utf8)).write(toFile: file, atomically: true, encoding: .utf8)
    }

    func output(_ path: String) throws -> String {
        try String(contentsOfFile: folder + "/Output/" + path, encoding: .utf8)
    }
}
