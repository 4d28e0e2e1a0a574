import AssayTemplates
import Foundation
import Testing
@testable import AssayRender

/// Lists inside sentences read as lists: "A", "A and B", "A, B and C" — never "A B C" or "A ;".
@Suite struct InlineListTests {
    struct Item: InlineListItem, Equatable {
        var name: String
        var separator = ""
    }

    static func sentence(_ items: [Item]) -> String { items.map { $0.name + $0.separator }.joined() }

    @Test(arguments: [(["A"], "A"), (["A", "B"], "A and B"), (["A", "B", "C"], "A, B and C"), ([], "")])
    func oneTwoAndThreeItems(names: [String], expected: String) {
        #expect(Self.sentence(names.map { Item(name: $0) }.inSentence()) == expected)
    }

    @Test func clausesAreSeparatedBySemicolons() {
        let items = ["A above B", "C above D", "E above F"].map { Item(name: $0) }.inSentence(between: "; ", last: "; ")
        #expect(Self.sentence(items) + "." == "A above B; C above D; E above F.")
    }

    /// Every section over a list that a template writes inside a sentence (no list item, row, paragraph or block of its
    /// own per element) writes `{{separator}}`, and every element kind such a list holds has one.
    @Test func everyListWrittenInASentenceHasSeparators() throws {
        var listNames: Set<String> = []
        var seen: Set<ObjectIdentifier> = []
        func collect(_ shape: ModelShape) {
            guard seen.insert(ObjectIdentifier(shape)).inserted else { return }
            for (name, kind) in zip(shape.fieldNames, shape.fieldKinds) {
                var kind = kind
                if case .list(let element) = kind { listNames.insert(name); kind = element }
                if case .model(let inner) = kind { collect(inner) }
            }
        }
        for page in PageKind.allCases { collect(page.shape) }
        collect(CommonPage.schema.shape)
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates").path
        var inline: [String] = []
        var found = 0
        for file in try FileManager.default.subpathsOfDirectory(atPath: folder) where file.hasSuffix(".mustache") {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for name in listNames {
                let pattern = "\\{\\{#\(name)\\}\\}(.*?)\\{\\{/\(name)\\}\\}"
                let regex = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    let body = String(text[Range(match.range(at: 1), in: text)!])
                    let isBlock = ["<li", "<tr", "<th", "<td", "<p", "<div", "<section", "<span class=\"legend-item\"", "<span class=\"code\"",
                                   "{{>", "<h2", "<h3", "<details", "<article", "<figure"].contains { body.contains($0) }
                    // A flag that shares a list's name, whole sentences one after another, and quotations each in its
                    // own marks are not lists in a sentence.
                    let namesEntities = ["{{title}}", "{{name}}", ".title}}", ".name}}"].contains { body.contains($0) }
                    let isNotAList = !namesEntities || body.hasPrefix(" <q>")
                    guard !isBlock, !isNotAList else { continue }
                    found += 1
                    if !body.contains("{{separator}}") { inline.append("\(file): {{#\(name)}}\(body.prefix(80))…") }
                }
            }
        }
        #expect(found >= 8, "the inline lists were found (\(found))")
        #expect(inline.isEmpty, "lists written in a sentence without separators: \(inline)")
    }
}
