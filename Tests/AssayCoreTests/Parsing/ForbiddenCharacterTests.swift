import Testing
@testable import AssayCore

/// Control characters and noncharacters are refused where they enter: in a file's bytes, and in YAML escapes.
@Suite struct ForbiddenCharacterTests {
    @Test(arguments: [(0x07, "U+0007"), (0x1B, "U+001B"), (0x7F, "U+007F"), (0x85, "U+0085"),
                      (0xFFFE, "U+FFFE"), (0xFFFF, "U+FFFF"), (0xFDD0, "U+FDD0")])
    func aFileHoldingOneIsRefusedWhereItIs(value: UInt32, name: String) {
        // Swift source cannot spell the noncharacters as literals.
        let character = String(Character(Unicode.Scalar(value)!))
        let text = "---\ntitle: ok\n---\nA body with é and " + character + " in it.\n"
        guard case .failure(let diagnostic) = TextDecoding.decode(Array(text.utf8), file: "options/a.md") else {
            Issue.record("decoded")
            return
        }
        #expect(diagnostic.description == "options/a.md:4:19: error: the file holds the control character \(name), which a report cannot show\n"
                + "    hint: delete it: it is invisible in most editors (search for \(name) or retype the line)")
    }

    @Test func tabsLineBreaksAndOrdinaryTextPass() throws {
        let text = "---\ntitle: \"a\tb\"\r\n---\nBody — “quoted”, ¶, \u{FFFD}, 日本.\n"
        #expect(try TextDecoding.decode(Array(text.utf8), file: "a.md").get() == text.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    @Test(arguments: ["title: \"bell \\x07\"", "title: \"\\uFFFE\"", "title: \"\\e[31mred\""])
    func yamlEscapesThatMakeOneAreRefused(yaml: String) {
        do {
            _ = try YAMLReader.read(yaml)
            Issue.record("read \(yaml)")
        } catch {
            guard case .forbiddenCharacter = error.kind else { Issue.record("\(error)"); return }
            #expect(error.line == 1 && error.column == 8)
        }
    }
}
