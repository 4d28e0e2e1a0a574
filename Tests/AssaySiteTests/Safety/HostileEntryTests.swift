import Foundation
import Testing

/// Entries of the content folder that are not files: refused by type, never opened (a named pipe would block a build
/// forever), each with a message that says what it really is.
@Suite struct HostileEntryTests {
    @Test func aNamedPipeIsRefusedWithoutBeingOpened() throws {
        let run = try AssayRun.prepared()
        try #require(mkfifo(run.folder + "/Content/options/x.md", 0o644) == 0)
        for command in [["check"], ["build", "--quiet"]] {
            let result = try run.assay(command)
            #expect(result.status != 0)
            #expect(result.stderr.hasPrefix("Content/options/x.md:1:1: error: a named pipe, socket or device, not a file: it is not read\n"
                                            + "    hint: remove it from the content folder; only regular files are read\n"))
        }
    }

    @Test func aDanglingLinkAndALinkToAFolderAreCalledWhatTheyAre() throws {
        let run = try AssayRun.prepared()
        try FileManager.default.createSymbolicLink(atPath: run.folder + "/Content/options/gone.md", withDestinationPath: "nowhere.md")
        var result = try run.assay(["check"])
        #expect(result.stderr.contains("Content/options/gone.md:1:1: error: a symbolic link to a file that does not exist\n"))
        try FileManager.default.removeItem(atPath: run.folder + "/Content/options/gone.md")
        try FileManager.default.createDirectory(atPath: run.folder + "/Content/notes", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: run.folder + "/Content/options/folder.md", withDestinationPath: "../notes")
        result = try run.assay(["check"])
        #expect(result.stderr.contains("Content/options/folder.md:1:1: error: a symbolic link to a folder: links are followed to files only"))
    }

    @Test func deepFrontMatterIsALocatedErrorNotACrash() throws {
        let run = try AssayRun.prepared()
        let deep = "---\ntitle: t\nsummary: s\nx: " + String(repeating: "[", count: 60_000) + String(repeating: "]", count: 60_000) + "\n---\nb\n"
        try deep.write(toFile: run.folder + "/Content/options/deep.md", atomically: true, encoding: .utf8)
        let result = try run.assay(["check"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Content/options/deep.md:4:67: error: the front matter nests lists and mappings more than 64 deep"))
    }
}

/// Text that cannot be written into a page, a feed or a terminal never gets that far.
@Suite struct ControlCharacterTests {
    @Test func aSiteTitleWithAnEscapedControlCharacterIsALocatedError() throws {
        let run = try AssayRun.prepared()
        try run.edit("Content/site.yml") { "title: \"Report \\u001B[31mred\"\n" + $0.split(separator: "\n").filter { !$0.hasPrefix("title:") }.joined(separator: "\n") + "\n" }
        let result = try run.assay(["check"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Content/site.yml:1:8: error: the value holds the control character U+001B, which a report cannot show"))
        #expect(!result.stderr.contains("\u{1B}"))
    }

    @Test func aSnapshotNoteWithOneIsRefusedAndNothingIsRecorded() throws {
        let run = try AssayRun.prepared()
        let result = try run.assay(["snapshot", "--date", "2026-01-02", "--note", "bad \u{1B}[2J note"])
        #expect(result.status == 2)
        #expect(result.stderr == "--note:1:1: error: the note holds the control character U+001B, which a report cannot show\n"
                + "    hint: remove it; nothing was recorded\n")
        #expect(!FileManager.default.fileExists(atPath: run.folder + "/Content/revisions/2026-01-02.json"))
        #expect(try run.assay(["snapshot", "--date", "2026-01-02", "--note", "fine"]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: run.folder + "/Content/revisions")
        #expect(leftovers == ["2026-01-02.json"])
    }
}

/// Messages that say what really happened, in plain words.
@Suite struct PlainMessageTests {
    @Test func anOutputThatCannotBeCreatedSaysWhyWithoutFoundationsErrorText() throws {
        let run = try AssayRun.prepared()
        try "not a folder".write(toFile: run.folder + "/blocker", atomically: true, encoding: .utf8)
        let result = try run.assay(["build", "--quiet", "-o", "blocker/Output"])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("blocker/Output:1:1: error: the report cannot be written: blocker exists and is not a folder\n"))
        #expect(!result.stderr.contains("Error Domain"))
    }

    @Test func aNoteMayBeginWithADash() throws {
        let run = try AssayRun.prepared()
        let result = try run.assay(["snapshot", "--date", "2026-01-03", "--note", "-3 points after a second reading"])
        #expect(result.status == 0, "\(result.stderr)")
        let revision = try String(contentsOfFile: run.folder + "/Content/revisions/2026-01-03.json", encoding: .utf8)
        #expect(revision.contains("\"note\" : \"-3 points after a second reading\""))
    }
}

extension PlainMessageTests {
    @Test func aFileNameThatIsNotUTF8IsCalledSo() throws {
        let run = try AssayRun.prepared()
        // A Latin-1 byte, invalid in UTF-8, written as the name's raw bytes.
        var bytes = Array((run.folder + "/Content/options/bad-").utf8) + [0xFF, 0x2E, 0x6D, 0x64, 0]
        let descriptor = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_WRONLY | O_CREAT, 0o644) }
        }
        try #require(descriptor >= 0)
        close(descriptor)
        let result = try run.assay(["check"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Content/options/bad-\u{FFFD}.md:1:1: error: the file name is not valid UTF-8, so the file cannot be opened"))
    }
}

extension PlainMessageTests {
    /// A content or templates folder given as a symbolic link is the folder it leads to, with or without a slash.
    @Test func foldersGivenAsSymbolicLinksAreRead() throws {
        let run = try AssayRun.prepared()
        try FileManager.default.createSymbolicLink(atPath: run.folder + "/content-link", withDestinationPath: "Content")
        try FileManager.default.createSymbolicLink(atPath: run.folder + "/theme-link", withDestinationPath: "Templates")
        for arguments in [["check", "-c", "content-link", "-t", "theme-link"], ["check", "-c", "content-link/", "-t", "theme-link/"],
                          ["build", "--quiet", "-c", "content-link", "-t", "theme-link", "-o", "Linked"]] {
            let result = try run.assay(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: run.folder + "/Linked/index.html"))
    }
}

extension PlainMessageTests {
    /// A revision file emptied (by hand, or by a snapshot of an older version on a full disk) names itself and the fix.
    @Test func aDamagedRevisionIsALocatedErrorThatSaysHowToRecover() throws {
        let run = try AssayRun.prepared()
        try FileManager.default.createDirectory(atPath: run.folder + "/Content/revisions", withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: run.folder + "/Content/revisions/2026-01-01.json"))
        let result = try run.assay(["check"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Content/revisions/2026-01-01.json:1:1: error: the revision is damaged: the file is not a JSON object\n"
                                        + "    hint: take the file back from version control, or delete it and record the revision again with 'assay snapshot'\n"))
        try FileManager.default.removeItem(atPath: run.folder + "/Content/revisions/2026-01-01.json")
        #expect(try run.assay(["snapshot", "--date", "2026-01-01"]).status == 0)
    }
}
