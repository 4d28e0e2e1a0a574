import Foundation
import AssayRender
import Testing

/// `assay check`: every problem, then one line saying what was checked, even when all is well.
@Suite struct CheckCommandTests {
    /// The prepared project holds a copy of the whole theme.
    static let themeLine = "theme: built in; \(BuiltInTheme.files.count) files are the same as the built-in ones\n"

    @Test func saysWhichTemplatesAProjectOverrides() throws {
        let run = try AssayRun.prepared()
        try run.edit("Templates/style.css") { $0 + "\nbody { margin: 0; }\n" }
        try "x".write(toFile: run.folder + "/Templates/robots.txt", atomically: true, encoding: .utf8)
        #expect(try run.assay(["check"]).stdout.hasSuffix(
            "theme: built in; Templates/ overrides style.css; adds robots.txt; \(BuiltInTheme.files.count - 1) files are the same as the built-in ones\n"))
        try FileManager.default.removeItem(atPath: run.folder + "/Templates")
        #expect(try run.assay(["check"]).stdout.hasSuffix("files: no problems\ntheme: built in\n"))
    }

    static func fileCount(_ run: AssayRun) -> Int {
        ["Content", "Templates"].reduce(0) { count, folder in
            count + (FileManager.default.enumerator(atPath: run.folder + "/" + folder)?.allObjects as? [String] ?? [])
                .filter { path in
                    var isFolder: ObjCBool = false
                    FileManager.default.fileExists(atPath: run.folder + "/" + folder + "/" + path, isDirectory: &isFolder)
                    return !isFolder.boolValue
                }.count
        }
    }

    @Test func saysWhatItCheckedWhenAllIsWell() throws {
        let run = try AssayRun.prepared()
        let result = try run.assay(["check"])
        #expect(result.status == 0)
        #expect(result.stdout == "checked \(Self.fileCount(run)) files: no problems\n" + Self.themeLine)
        #expect(result.stderr == "")
    }

    @Test func countsWarningsAndKeepsJSONLinesClean() throws {
        let run = try AssayRun.prepared()
        try run.edit("Content/options/north-site.md") { $0.replacingOccurrences(of: "cites:\n  - \"the north site by the ring road\"\n", with: "") }
        let result = try run.assay(["check"])
        #expect(result.status == 0)
        #expect(result.stdout == "checked \(Self.fileCount(run)) files: 1 warning\n" + Self.themeLine)
        #expect(result.stderr.hasPrefix("Content/options/north-site.md:1:1: warning: no passage of the article is cited"))
        #expect(try run.assay(["check", "--strict"]).status == 1)
        let json = try run.assay(["check", "--format", "json"])
        let lines = (json.stdout + json.stderr).split(separator: "\n")
        #expect(lines.count == 1 && lines.allSatisfy { $0.hasPrefix("{") }, "one JSON object per problem, nothing else: \(lines)")
    }

    @Test func printsGitHubAnnotations() throws {
        let run = try AssayRun.prepared()
        try run.edit("Content/options/north-site.md") { $0.replacingOccurrences(of: "title: North site", with: "title: North site\ncites_: x") }
        let result = try run.assay(["check", "--format", "github"])
        #expect(result.status == 2)
        #expect(result.stdout == "::error file=Content/options/north-site.md,line=3,col=1,title=assay error::unknown key 'cites_'%0Ahint: did you mean 'cites'?\n")
    }
}
