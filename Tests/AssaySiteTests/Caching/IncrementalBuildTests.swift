import AssayCore
import Foundation
import Testing
@testable import AssaySite

/// Incremental builds through the build cache: which edit rewrites which files, and that an updated
/// `Output/` is always byte for byte what a clean build writes.
@Suite struct IncrementalBuildTests {
    /// A scratch project: the minimal fixture as `Content/`, the shipped templates, a built `Output/` and a cache.
    struct Project {
        let folder: String
        var paths: SiteBuilder.Paths {
            .init(content: folder + "/Content", templates: folder + "/Templates", output: folder + "/Output", cache: folder + "/.assay-cache")
        }
        static let settings = SiteBuilder.Settings(draws: 300)

        static func make() throws -> Project {
            let project = Project(folder: try RepositoryPaths.scratch())
            try FileManager.default.copyItem(atPath: RepositoryPaths.fixtures + "/minimal", toPath: project.folder + "/Content")
            try FileManager.default.copyItem(atPath: RepositoryPaths.templates, toPath: project.folder + "/Templates")
            let first = try project.build()
            try #require(!first.changes.isIncremental)
            return project
        }

        @discardableResult
        func build(settings: SiteBuilder.Settings = Project.settings) throws -> SiteBuilder.Summary {
            try SiteBuilder(fileSystem: .local, settings: settings).build(paths)
        }

        /// Every file below a folder with its bytes.
        static func tree(_ root: String) throws -> [String: [UInt8]] {
            var files: [String: [UInt8]] = [:]
            for entry in try FileSystem.local.files(under: root) { files[entry.path] = try FileSystem.local.read(root + "/" + entry.path) }
            return files
        }

        /// Every folder below a folder, so an update that leaves an empty folder behind is caught too.
        static func folders(_ root: String) -> Set<String> {
            Set((FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder) && isFolder.boolValue
            })
        }

        /// What a clean build of the current content writes, in a folder of its own without a cache.
        func cleanTree() throws -> (files: [String: [UInt8]], folders: Set<String>) {
            var paths = self.paths
            paths.output = try RepositoryPaths.scratch() + "/Clean"
            paths.cache = nil
            try SiteBuilder(fileSystem: .local, settings: Project.settings).build(paths)
            return (try Project.tree(paths.output), Project.folders(paths.output))
        }

        func edit(_ path: String, replacing old: String, with new: String) throws {
            let file = folder + "/" + path
            let text = try String(contentsOfFile: file, encoding: .utf8)
            try #require(text.contains(old), "\(path) does not contain \(old)")
            try text.replacingOccurrences(of: old, with: new).write(toFile: file, atomically: true, encoding: .utf8)
        }

        func write(_ path: String, _ text: String) throws {
            let file = folder + "/" + path
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }

        /// Seventeen edits: add, change, rename and delete files of every kind, edit templates, settings and the article.
        func editSeries() -> [(String, () throws -> Void)] {
            let newOption = """
                ---
                title: Ferry kept, no bridge
                summary: Keep the ferry and build nothing.
                ---
                A fourth option the article does not weigh.
                """
            return [
                ("change an assessment's level", { try self.edit("Content/assessments/north-site--traffic-relief.md", replacing: "level: little", with: "level: half") }),
                ("change a weight", { try self.edit("Content/criteria/low-cost.md", replacing: "weight: 2", with: "weight: 1") }),
                ("add an option", { try self.write("Content/options/ferry-only.md", newOption) }),
                ("assess it", {
                    try self.write("Content/assessments/ferry-only--low-cost.md", "---\noption: ferry-only\ncriterion: low-cost\nlevel: well-under-budget\nconfidence: low\ninference: true\n---\nNothing is built.\n")
                }),
                ("change an actor", { try self.edit("Content/actors/ferry-company.md", replacing: "Wend Ferry Company", with: "Wend Ferries Ltd") }),
                ("change the site settings", { try self.edit("Content/site.yml", replacing: "Millbrook bridge report", with: "The Millbrook bridge") }),
                ("edit the article", { try self.edit("Content/article.md", replacing: "must decide this year", with: "has to decide this year") }),
                ("rename an option with its assessment", {
                    try self.move("Content/options/ferry-only.md", "Content/options/ferry-kept.md")
                    try self.delete("Content/assessments/ferry-only--low-cost.md")
                    try self.write("Content/assessments/ferry-kept--low-cost.md", "---\noption: ferry-kept\ncriterion: low-cost\nlevel: well-under-budget\nconfidence: low\ninference: true\n---\nNothing is built.\n")
                }),
                ("rename an actor", {
                    try self.move("Content/actors/ferry-company.md", "Content/actors/ferries.md")
                }),
                ("edit a page template", { try self.edit("Templates/option.mustache", replacing: "<h2 id=\"description\">What the article describes</h2>", with: "<h2 id=\"description\">What the article says</h2>") }),
                ("edit the layout", { try self.edit("Templates/layout.mustache", replacing: "</body>", with: "<!-- layout edited -->\n</body>") }),
                ("edit the stylesheet", { try self.edit("Templates/style.css", replacing: ":root", with: "/* edited */\n:root") }),
                ("add an asset in a new folder", { try self.write("Templates/images/note.txt", "an asset\n") }),
                ("delete the asset and its folder", { try self.delete("Templates/images") }),
                ("delete the stated ranking", { try self.delete("Content/rankings/council.md") }),
                ("delete the option", {
                    try self.delete("Content/options/ferry-kept.md")
                    try self.delete("Content/assessments/ferry-kept--low-cost.md")
                }),
                ("remove the base URL (no sitemap any more)", { try self.edit("Content/site.yml", replacing: "base-url: https://example.org/reports/millbrook\n", with: "") }),
            ]
        }

        func move(_ from: String, _ to: String) throws { try FileManager.default.moveItem(atPath: folder + "/" + from, toPath: folder + "/" + to) }
        func delete(_ path: String) throws { try FileManager.default.removeItem(atPath: folder + "/" + path) }
    }

    // MARK: Which edit rewrites which files

    @Test func unchangedInputsRewriteNothing() throws {
        let project = try Project.make()
        let before = try Project.tree(project.paths.output)
        let summary = try project.build()
        #expect(summary.changes.isIncremental)
        #expect(summary.changes.written == [])
        #expect(summary.changes.removed == [])
        #expect(summary.changes.changedInputs == [])
        #expect(try Project.tree(project.paths.output) == before)
    }

    @Test func aRationaleEditRewritesItsOptionAndCriterionPagesAndTheReportData() throws {
        let project = try Project.make()
        try project.edit("Content/assessments/mill-site--low-cost.md", replacing: "It would use close", with: "It would use nearly")
        let summary = try project.build()
        #expect(summary.changes.changedInputs == [project.folder + "/Content/assessments/mill-site--low-cost.md"])
        #expect(Set(summary.changes.written) == ["options/mill-site.html", "criteria/low-cost.html", "data/report.json"])
    }

    /// A weight feeds the council's scores: every page that shows them changes, and nothing about the ferry company.
    @Test func aWeightEditRewritesWhatShowsThatActorsRankings() throws {
        let project = try Project.make()
        try project.edit("Content/criteria/low-cost.md", replacing: "weight: 2", with: "weight: 3")
        let written = Set(try project.build().changes.written)
        // Scores and weights: the index (rankings), the council's page, each option's breakdown, the weighted
        // criteria's pages, the agreement page (it lists the council's ranks), and the data that carries them.
        // The red line's page too: relaxed, it becomes a preference with the largest weight, now 3 (its
        // ranking is shown there).
        #expect(written == [
            "index.html", "actors/council.html", "agreement.html",
            "options/mill-site.html", "options/north-site.html", "options/old-town-site.html",
            "criteria/low-cost.html", "criteria/traffic-relief.html", "criteria/protect-old-quarter.html",
            "data/report.json", "data/matrix.csv",
        ])
        #expect(!written.contains("actors/ferry-company.html"))
        #expect(!written.contains("article.html"))
    }

    /// A passage edit: the article page, the pages that quote the passage, the evidence page and the data files.
    @Test func aPassageEditRewritesTheArticleAndThePagesThatQuoteIt() throws {
        let project = try Project.make()
        try project.edit("Content/article.md", replacing: "the mill site would use close\nto the whole budget",
                         with: "the mill site would use close to the whole budget")
        let written = Set(try project.build().changes.written)
        // The passage's text did not change (whitespace folds), only a line break in the article: the pages that
        // quote it show the same text, and positions count folded text, so only the article page and the
        // article's source in the report data change.
        #expect(written == ["article.html", "data/report.json"])

        try project.edit("Content/article.md", replacing: "the mill site would use close to the whole budget",
                         with: "the mill site would use close to all of the budget")
        try project.edit("Content/assessments/mill-site--low-cost.md", replacing: "the mill site would use close to the whole budget",
                         with: "the mill site would use close to all of the budget")
        let quoted = Set(try project.build().changes.written)
        #expect(quoted.isSuperset(of: ["article.html", "options/mill-site.html", "criteria/low-cost.html", "evidence.html",
                                       "data/report.json", "data/annotations.jsonld"]))
        #expect(!quoted.contains("options/north-site.html"))
        #expect(!quoted.contains("actors/ferry-company.html"))
    }

    @Test func aPartialEditRewritesOnlyThePagesThatShowIt() throws {
        let project = try Project.make()
        // The comparison with a stated ranking is reached from index.mustache and actor.mustache (through the
        // ranking partial); only the council has a stated ranking, so only its pages show the partial.
        let partial = "Templates/partials/comparison.mustache"
        let text = try String(contentsOfFile: project.folder + "/" + partial, encoding: .utf8)
        try project.write(partial, "<!-- compared -->\n" + text)
        let summary = try project.build()
        let pages = summary.files.filter { $0.hasSuffix(".html") }
        let showing = try pages.filter {
            try String(contentsOfFile: project.paths.output + "/" + $0, encoding: .utf8).contains("<!-- compared -->")
        }
        #expect(Set(showing) == ["actors/council.html", "index.html"])
        #expect(Set(summary.changes.written) == Set(showing), "pages rendered again to the same bytes are not rewritten")
    }

    // MARK: Incremental = clean

    /// Add, change, rename and delete files of every kind, edit templates, break and mend the content:
    /// after every step the updated `Output/` equals a clean build, file for file and byte for byte.
    @Test func everyIncrementalBuildEqualsACleanOne() throws {
        let project = try Project.make()
        for (name, step) in project.editSeries() {
            try step()
            let summary = try project.build()
            #expect(summary.changes.isIncremental, "\(name)")
            let clean = try project.cleanTree()
            let updated = try Project.tree(project.paths.output)
            #expect(Set(updated.keys) == Set(clean.files.keys), "\(name): the same files")
            for (path, bytes) in clean.files where updated[path] != bytes { Issue.record("\(name): \(path) differs from a clean build") }
            #expect(Project.folders(project.paths.output) == clean.folders, "\(name): the same folders")
        }
    }

    @Test func aFailedBuildLeavesOutputAndCacheForTheNextOne() throws {
        let project = try Project.make()
        let before = try Project.tree(project.paths.output)
        try project.edit("Content/assessments/mill-site--low-cost.md", replacing: "level: near-budget", with: "level: nearly-budget")
        #expect(throws: DiagnosticsError.self) { try project.build() }
        #expect(try Project.tree(project.paths.output) == before)
        try project.edit("Content/assessments/mill-site--low-cost.md", replacing: "level: nearly-budget", with: "level: well-under-budget")
        let summary = try project.build()
        #expect(summary.changes.isIncremental)
        #expect(try Project.tree(project.paths.output) == (try project.cleanTree().files))
    }

    @Test func aFileRemovedFromOutputIsWrittenAgainAndAStrayOneRemoved() throws {
        let project = try Project.make()
        try project.delete("Output/options/north-site.html")
        try project.write("Output/options/stray.html", "left by hand")
        let summary = try project.build()
        #expect(summary.changes.written == ["options/north-site.html"])
        #expect(summary.changes.removed == ["options/stray.html"])
        #expect(try Project.tree(project.paths.output) == (try project.cleanTree().files))
    }

    @Test func anotherToolOrSettingsOrADamagedCacheMeansAFullBuild() throws {
        let project = try Project.make()
        var other = Project.settings
        other.tool = "assay 9.9.9"
        #expect(!(try project.build(settings: other)).changes.isIncremental)
        #expect(try project.build(settings: other).changes.isIncremental)
        other.draws = 100
        #expect(!(try project.build(settings: other)).changes.isIncremental)
        other.clean = true
        #expect(!(try project.build(settings: other)).changes.isIncremental)

        let cacheFiles = try FileManager.default.contentsOfDirectory(atPath: project.folder + "/.assay-cache")
        try #require(cacheFiles.count == 1)
        let cacheFile = project.folder + "/.assay-cache/" + cacheFiles[0]
        try "assay-build-cache 2\nnot a cache".write(toFile: cacheFile, atomically: true, encoding: .utf8)
        let summary = try project.build()
        #expect(!summary.changes.isIncremental)
        #expect(try Project.tree(project.paths.output) == (try project.cleanTree().files))

        // A cache naming a file outside the output is not trusted: nothing outside is ever removed.
        try "keep me".write(toFile: project.folder + "/outside.txt", atomically: true, encoding: .utf8)
        let cache = try String(contentsOfFile: cacheFile, encoding: .utf8)
        #expect(cache.contains("\tindex.html\n"))
        try cache.replacingOccurrences(of: "\tindex.html\n", with: "\t../outside.txt\n").write(toFile: cacheFile, atomically: true, encoding: .utf8)
        #expect(!(try project.build()).changes.isIncremental)
        #expect(FileManager.default.fileExists(atPath: project.folder + "/outside.txt"))
    }
}
