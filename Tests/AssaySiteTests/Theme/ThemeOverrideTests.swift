import AssayCore
import AssayRender
import Testing
@testable import AssaySite

/// A project's templates folder holds only what it changes; everything else comes from the built-in theme.
@Suite struct ThemeOverrideTests {
    static func builtIn(_ path: String) -> [UInt8] { BuiltInTheme.files.first { $0.path == path }!.contents }

    @Test func withoutAFolderTheBuiltInThemeServesEveryFile() throws {
        let (fileSystem, _) = FileSystem.inMemory()
        let loaded = try TemplateLoader(fileSystem: fileSystem).load(from: nil, displayName: nil)
        #expect(loaded.overridden.isEmpty && loaded.added.isEmpty)
        #expect(loaded.assets.map(\.path).sorted() == ["search.js", "style.css", "whatif.js"])
        #expect(loaded.inputs.keys.allSatisfy { $0.hasPrefix(BuiltInTheme.displayFolder + "/") })
    }

    @Test func aFileOfTheFolderTakesThePlaceOfTheBuiltInOne() throws {
        let (fileSystem, _) = FileSystem.inMemory(["T/style.css": Array("body{}".utf8), "T/extra.txt": Array("x".utf8)])
        let loaded = try TemplateLoader(fileSystem: fileSystem).load(from: "T", displayName: "T")
        #expect(loaded.overridden == ["style.css"])
        #expect(loaded.added == ["extra.txt"])
        #expect(loaded.assets.first { $0.path == "style.css" }?.contents == Array("body{}".utf8))
        #expect(loaded.assets.first { $0.path == "search.js" }?.contents == Self.builtIn("search.js"))
        #expect(loaded.inputs["T/style.css"] != nil && loaded.inputs["\(BuiltInTheme.displayFolder)/style.css"] == nil)
    }

    @Test func anOverrideThatNoLongerBindsIsLocatedInTheUsersFile() throws {
        let (fileSystem, _) = FileSystem.inMemory(["T/option.mustache": Array("<h1>{{optionTitel}}</h1>\n".utf8)])
        let error = try #require(throws: DiagnosticsError.self) {
            try TemplateLoader(fileSystem: fileSystem).load(from: "T", displayName: "T")
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(error.diagnostics.count == 1)
        #expect(diagnostic.location == SourceLocation(file: "T/option.mustache", line: 1, column: 5))
        #expect(diagnostic.message == "the report provides no variable 'optionTitel'")
        #expect(diagnostic.hint?.contains("this file replaces the built-in theme's option.mustache") == true)
    }

    @Test func aMissingFolderIsALocatedErrorThatOffersTheBuiltInTheme() throws {
        let (fileSystem, _) = FileSystem.inMemory()
        let error = try #require(throws: DiagnosticsError.self) {
            try TemplateLoader(fileSystem: fileSystem).load(from: "Mine", displayName: "Mine")
        }
        #expect(error.diagnostics.map(\.description) == [
            "Mine:1:1: error: the templates folder does not exist\n    hint: leave --templates out to use the built-in theme, "
                + "or write it out to edit with 'assay theme copy Mine'",
        ])
    }

    @Test func copyingWritesEveryFileAndRefusesToOverwrite() throws {
        let (fileSystem, _) = FileSystem.inMemory()
        let written = try ThemeFolder.copy(to: "Out", fileSystem: fileSystem)
        #expect(written == BuiltInTheme.files.map(\.path))
        #expect(try fileSystem.read("Out/partials/ranking.mustache") == Self.builtIn("partials/ranking.mustache"))
        #expect(ThemeFolder.overrides(in: "Out", fileSystem: fileSystem).unchanged.count == BuiltInTheme.files.count)
        let error = try #require(throws: DiagnosticsError.self) { try ThemeFolder.copy(to: "Out", fileSystem: fileSystem) }
        #expect(error.diagnostics.count == BuiltInTheme.files.count)
        #expect(error.diagnostics.first?.message == "the file already exists")
    }
}
