import AssayCore
import Foundation
import Testing
@testable import AssayRender

@Suite struct PipeTableTests {
    /// One example of the GFM spec: its Markdown and the HTML the spec expects.
    struct Example: CustomTestStringConvertible {
        var number: Int
        var markdown: String
        var html: String
        var testDescription: String { "GFM table example \(number)" }
    }

    /// The spec's table examples, vendored in `Tests/Fixtures/gfm-tables` in the spec's own format.
    static let examples: [Example] = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/gfm-tables/spec-tables.txt")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var lines: [String]?
        for line in text.components(separatedBy: "\n") {
            if line == fence + " example table" {
                lines = []
            } else if line == fence, let body = lines {
                let split = body.firstIndex(of: ".") ?? body.endIndex
                examples.append(Example(number: examples.count + 1, markdown: body[..<split].joined(separator: "\n") + "\n",
                                        html: body[split...].dropFirst().joined(separator: "\n")))
                lines = nil
            } else {
                lines?.append(line)
            }
        }
        return examples
    }()

    /// The same HTML up to what is ours on purpose: the scroll box around a table, alignment as a class, and the line
    /// breaks between tags.
    static func normalized(_ html: String) -> String {
        html.replacingOccurrences(of: "<div class=\"table-scroll\" tabindex=\"0\">", with: "").replacingOccurrences(of: "</table></div>", with: "</table>")
            .replacingOccurrences(of: "align=\"", with: "class=\"align-")
            .replacingOccurrences(of: ">\\s+<", with: "><", options: .regularExpression)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func theSpecExamplesAreAllRead() {
        #expect(Self.examples.count == 9)
    }

    @Test(arguments: examples) func specExample(_ example: Example) {
        #expect(Self.normalized(CommonMark.html(example.markdown, shiftHeadings: false)) == Self.normalized(example.html))
    }

    @Test func aParagraphBeforeTheHeaderRowStaysAParagraph() {
        let html = CommonMark.html("Figures:\n| a | b |\n| - | - |\n| 1 | 2 |\n")
        #expect(Self.normalized(html) == "<p>Figures:</p><table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>")
    }

    @Test func aSetextHeadingIsNotATable() {
        #expect(CommonMark.html("Cost\n---\n", shiftHeadings: false) == "<h2>Cost</h2>\n")
        #expect(CommonMark.html("a - b\n---\n", shiftHeadings: false) == "<h2>a - b</h2>\n")
    }

    @Test func tablesInBlockQuotesAndListItems() {
        #expect(Self.normalized(CommonMark.html("> | a | b |\n> | - | - |\n> | 1 | 2 |\n")) ==
            "<blockquote><table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></blockquote>")
        #expect(Self.normalized(CommonMark.html("- | a |\n  | - |\n  | 1 |\n")) ==
            "<ul><li><table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table></li></ul>")
    }

    @Test func aCellHoldsInlinesOnlyWhateverItStartsWith() {
        let html = CommonMark.html("| a | b | c | d |\n| - | - | - | - |\n| # x | 1. y | > z | *e* |\n")
        #expect(Self.normalized(html).contains("<td># x</td><td>1. y</td><td>&gt; z</td><td><em>e</em></td>"))
    }

    @Test func cellsAreSanitisedAndWhatIsRemovedIsLocatedInTheSource() {
        let markdown = "Intro.\n\n| a | b |\n| - | - |\n| ok | [x](javascript:alert(1)) |\n"
        let result = CommonMark.fragment(markdown)
        #expect(!result.html.contains("javascript"))
        #expect(result.html.contains("<td>x</td>"))
        #expect(result.findings.map { "\($0.line):\($0.column)" } == ["5:8"])
    }

    @Test func cellsAreRunsOfTheArticleAndCanBeQuotedAndHighlighted() {
        let markdown = "| Hash | Speed |\n| --- | ---: |\n| SipHash | 1.2 GB/s |\n| wyhash | 9.8 GB/s |\n"
        let text = CommonMark.articleText(markdown)
        #expect(text.runs == [
            .init("Hash", startsBlock: true), .init("Speed", startsBlock: true),
            .init("SipHash", startsBlock: true), .init("1.2 GB/s", startsBlock: true),
            .init("wyhash", startsBlock: true), .init("9.8 GB/s", startsBlock: true),
        ])
        let model = ReportModel(article: Article(.init(title: "T", authors: ["A"]), body: markdown, location: .start(of: "a")),
                entities: .init(actors: [], criteria: [], options: [Option(id: "o", title: "O", summary: "",
                annotation: Annotation(citations: [
                Citation(selector: QuoteSelector(exact: "9.8 GB/s"), explicitID: "p1", location: .start(of: "o")),
            ], location: .start(of: "o")))], assessments: []))
        let anchored = PassageAnchor.anchor(model, in: text)
        #expect(anchored.diagnostics.isEmpty)
        let html = CommonMark.articleHTML(markdown, passages: anchored.passages.passages, highlight: CommonMarkTests.markup)
        #expect(html.contains("<td class=\"align-right\"><mark id=\"p1\">9.8 GB/s</mark><sup>p1</sup></td>"))
    }

    @Test func textWithoutAPipeIsLeftAlone() {
        #expect(CommonMark.html("a\n- b\n") == "<p>a</p>\n<ul>\n<li>b</li>\n</ul>\n")
    }
}
