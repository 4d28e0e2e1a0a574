import Foundation
import Testing

/// `assay watch` as a user runs it: one line per build, reacting to a change, a new subfolder and a deletion,
/// keeping the last good report through a failed build, and stopping cleanly on Ctrl-C.
@Suite struct WatchCommandTests {
    @Test func rebuildsOnChangesNewFoldersAndDeletions() throws {
        let run = try AssayRun.prepared()
        let content = run.folder + "/Content", output = run.folder + "/Output"
        // The stated ranking's folder is created while watching, so it starts out absent.
        let ranking = try String(contentsOfFile: content + "/rankings/council.md", encoding: .utf8)
        try FileManager.default.removeItem(atPath: content + "/rankings")
        let watch = try LiveProcess(["watch", "--draws", "200"], in: run.folder)
        try #require(watch.waitForLine { $0.contains("first build") } != nil, "the first build: \(watch.stdout) \(watch.stderr)")
        #expect(watch.lines.first?.hasPrefix("Watching Content/ and Templates/ (inotify, ") == true)
        let councilPage = { try String(contentsOfFile: output + "/actors/council.html", encoding: .utf8) }
        #expect(!(try councilPage()).contains("class=\"comparison\""))

        // A change: one line naming the file, and the page rewritten.
        let assessment = content + "/assessments/mill-site--low-cost.md"
        try (try String(contentsOfFile: assessment, encoding: .utf8)).replacingOccurrences(of: "It would use close", with: "It would use almost")
            .write(toFile: assessment, atomically: true, encoding: .utf8)
        let changed = watch.waitForLine { $0.contains("Content/assessments/mill-site--low-cost.md changed") }
        #expect(changed?.contains(": 3 of 24 files rewritten (") == true, "\(watch.stdout)")
        #expect(try String(contentsOfFile: output + "/options/mill-site.html", encoding: .utf8).contains("It would use almost"))

        // A new subfolder with a file in it.
        try FileManager.default.createDirectory(atPath: content + "/rankings", withIntermediateDirectories: false)
        try ranking.write(toFile: content + "/rankings/council.md", atomically: true, encoding: .utf8)
        #expect(watch.waitForLine { $0.contains("Content/rankings/council.md changed") } != nil, "\(watch.stdout)")
        #expect(try councilPage().contains("class=\"comparison\""))

        // A failed build: diagnostics, a line saying so, the report as it was.
        let before = try run.snapshotOutput()
        try "---\nactor: council\norder: [mill-site, nowhere]\n---\n".write(toFile: content + "/rankings/council.md", atomically: true, encoding: .utf8)
        #expect(watch.waitForLine { $0.contains("build failed with 1 error; Output/ keeps the last good build") } != nil, "\(watch.stdout)")
        #expect(watch.stderr.contains("Content/rankings/council.md:3:"))
        #expect(try run.snapshotOutput() == before)

        // A deletion, of the whole folder. Only a line printed after it counts: under load, the folder and the file
        // made above may have been seen in two builds, each printing a line about the file.
        let printed = watch.lines.count
        try FileManager.default.removeItem(atPath: content + "/rankings")
        #expect(watch.waitForLine(after: printed) { $0.contains("Content/rankings/council.md changed:") && $0.contains("rewritten") } != nil,
                "\(watch.stdout)")
        #expect(!(try councilPage()).contains("class=\"comparison\""))

        #expect(watch.interrupt() == 0)
        #expect(watch.stderr.hasSuffix("assay: stopped; Output/ holds the last good build.\n"))
        #expect(try run.strayFolders() == [])
    }
}
