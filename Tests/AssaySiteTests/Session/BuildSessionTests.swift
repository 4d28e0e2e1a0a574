import AssayCore
import Foundation
import Testing
@testable import AssaySite

/// A build session kept across builds, as `watch` and `serve` keep it: what each edit makes again, and that the
/// updated `Output/` always equals a clean build, for the fixed edit series and for seeded random ones.
@Suite struct BuildSessionTests {
    typealias Project = IncrementalBuildTests.Project

    /// Stands in for the watcher: the paths under the content and templates folders whose size, date or inode
    /// changed, appeared or vanished since the last look.
    final class ChangeSpy {
        let roots: [String]
        private var last: [String: [Int]] = [:]

        init(roots: [String]) {
            self.roots = roots
            last = look()
        }

        func changes() -> Set<String> {
            let now = look()
            defer { last = now }
            return Set(now.keys).union(last.keys).filter { now[$0] != last[$0] }
        }

        private func look() -> [String: [Int]] {
            var seen: [String: [Int]] = [:]
            for root in roots {
                for relative in FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [] {
                    var status = stat()
                    guard lstat(root + "/" + relative, &status) == 0 else { continue }
                    seen[root + "/" + relative] = [Int(status.st_size), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec),
                                                   Int(status.st_ino), Int(status.st_mode)]
                }
            }
            return seen
        }
    }

    struct Warm {
        let project: Project
        let session = BuildSession()
        let builder = SiteBuilder(fileSystem: .local, settings: Project.settings)
        let spy: ChangeSpy
        /// Pass the spy's changed paths, as the watcher does; else the session reads every file and compares.
        let hinted: Bool

        init(_ project: Project, hinted: Bool) throws {
            self.project = project
            self.hinted = hinted
            spy = ChangeSpy(roots: [project.paths.content] + (project.paths.templates.map { [$0] } ?? []))
            try builder.build(project.paths, session: session)
        }

        @discardableResult
        func build() throws -> SiteBuilder.Summary {
            let changed = spy.changes()
            return try builder.build(project.paths, session: session, changedPaths: hinted ? changed : nil)
        }
    }

    /// The output equals a clean build's, file for file, byte for byte, folder for folder.
    static func expectClean(_ project: Project, _ step: String) throws {
        let clean = try project.cleanTree()
        let updated = try Project.tree(project.paths.output)
        #expect(Set(updated.keys) == Set(clean.files.keys), "\(step): the same files")
        for (path, bytes) in clean.files where updated[path] != bytes { Issue.record("\(step): \(path) differs from a clean build") }
        #expect(Project.folders(project.paths.output) == clean.folders, "\(step): the same folders")
    }

    @Test(arguments: [false, true])
    func theEditSeriesThroughAWarmSessionEqualsCleanBuilds(hinted: Bool) throws {
        let warm = try Warm(try Project.make(), hinted: hinted)
        for (name, step) in warm.project.editSeries() {
            try step()
            let summary = try warm.build()
            #expect(summary.changes.isIncremental, "\(name)")
            try Self.expectClean(warm.project, name)
        }
    }

    // MARK: What an edit makes again

    @Test func aRationaleEditMakesOnlyTheFilesThatShowIt() throws {
        let warm = try Warm(try Project.make(), hinted: true)
        try warm.project.edit("Content/assessments/mill-site--low-cost.md", replacing: "It would use close", with: "It would use nearly")
        let summary = try warm.build()
        // The cards on the option's and the criterion's pages, the two exports of everything, and the matrix
        // (it lists each assessment's confidence).
        #expect(Set(summary.changes.rendered) == ["options/mill-site.html", "criteria/low-cost.html", "data/report.json",
                                                  "data/annotations.jsonld", "data/matrix.csv"])
        #expect(Set(summary.changes.written) == ["options/mill-site.html", "criteria/low-cost.html", "data/report.json"])
        try Self.expectClean(warm.project, "rationale")
    }

    @Test func anOptionsBodyDoesNotMakeThePagesThatListItsTitle() throws {
        let warm = try Warm(try Project.make(), hinted: true)
        try warm.project.edit("Content/options/north-site.md", replacing: "The cheapest site", with: "The cheapest place")
        let summary = try warm.build()
        #expect(Set(summary.changes.rendered) == ["options/north-site.html", "search.html", "data/search.json", "data/report.json",
                                                  "data/annotations.jsonld"])
        try Self.expectClean(warm.project, "option body")
    }

    @Test func nothingChangedMakesNothing() throws {
        let warm = try Warm(try Project.make(), hinted: false)
        let summary = try warm.build()
        #expect(summary.changes.rendered == [])
        #expect(summary.changes.written == [])
    }

    /// After a failed build the output is the last good one, and the next good build updates it from there.
    @Test func aFailedBuildInBetweenIsCaughtUpWith() throws {
        let warm = try Warm(try Project.make(), hinted: true)
        try warm.project.edit("Content/options/north-site.md", replacing: "title: ", with: "title: Renamed ")
        try warm.project.edit("Content/assessments/mill-site--low-cost.md", replacing: "level: near-budget", with: "level: nearly-budget")
        #expect(throws: DiagnosticsError.self) { try warm.build() }
        try warm.project.edit("Content/assessments/mill-site--low-cost.md", replacing: "level: nearly-budget", with: "level: over-budget")
        try warm.build()
        try Self.expectClean(warm.project, "after a failed build")
    }

    /// Revisions change the revisions page, the feed, the index and the option pages' "changed since" notes; an edit
    /// of the content changes what is not recorded yet.
    @Test func revisionsThroughAWarmSessionEqualCleanBuilds() throws {
        let warm = try Warm(try Project.make(), hinted: true)
        let project = warm.project
        func snapshot(_ date: String) throws {
            let analysis = try SiteBuilder(fileSystem: .local, settings: .init(draws: 0)).analyse(project.paths)
            let revision = RevisionRecorder.record(analysis.model, passages: analysis.passages, evaluation: analysis.evaluation,
                                                   date: date, note: "Note of \(date).")
            try project.write("Content/revisions/\(date).json", String(decoding: revision.fileBytes(), as: UTF8.self))
        }
        let steps: [(String, () throws -> Void)] = [
            ("first revision", { try snapshot("2026-10-01") }),
            ("a level edit not recorded yet", {
                try project.edit("Content/assessments/mill-site--low-cost.md", replacing: "level: near-budget", with: "level: well-under-budget")
            }),
            ("a rationale edit", {
                try project.edit("Content/assessments/mill-site--low-cost.md", replacing: "It would use close", with: "It would use nearly")
            }),
            ("second revision", { try snapshot("2026-11-29") }),
            ("an option renamed after it", { try project.edit("Content/options/north-site.md", replacing: "title: ", with: "title: The ") }),
            ("the first revision deleted", { try FileManager.default.removeItem(atPath: project.folder + "/Content/revisions/2026-10-01.json") }),
        ]
        for (name, step) in steps {
            try step()
            try warm.build()
            try Self.expectClean(project, name)
        }
    }

    // MARK: Random edits

    /// Seeded random edits of every kind — levels, weights, titles, bodies, rationales, citations, the article,
    /// site settings, templates, new, renamed and deleted files, and errors made then mended — each followed by a
    /// warm build that must equal a clean one.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomEditsThroughAWarmSessionEqualCleanBuilds(seed: UInt64) throws {
        let warm = try Warm(try Project.make(), hinted: seed != 2)
        var editor = RandomEditor(project: warm.project, seed: seed)
        for number in 1...24 {
            let edit = try editor.next()
            let name = "seed \(seed), edit \(number): \(edit)"
            do {
                try warm.build()
            } catch let error as DiagnosticsError {
                #expect(editor.expectsError, "\(name): \(error.diagnostics)")
                continue
            }
            #expect(!editor.expectsError, "\(name): should have failed")
            try Self.expectClean(warm.project, name)
        }
    }
}
