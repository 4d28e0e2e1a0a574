import Foundation
import Testing

/// Words inside a fenced code block are quotable like any other: anchored, highlighted in place inside the block, and
/// found by `assay quote`.
@Suite struct CodeBlockQuoteTests {
    @Test func aQuoteFromACodeBlockIsAnchoredAndHighlighted() throws {
        let run = try AssayRun.prepared()
        let content = run.folder + "/Content"
        let article = try String(contentsOfFile: content + "/article.md", encoding: .utf8)
        try (article + "\nThe council published its rule as code:\n\n```python\ndef allowed(site):\n    return site != \"old-town\" and cost(site) < 4_000_000\n```\n")
            .write(toFile: content + "/article.md", atomically: true, encoding: .utf8)
        let file = content + "/assessments/old-town-site--protect-old-quarter.md"
        let assessment = try String(contentsOfFile: file, encoding: .utf8)
        try assessment.replacingOccurrences(of: "cites:\n", with: "cites:\n  - \"return site != \\\"old-town\\\" and cost(site) < 4_000_000\"\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let result = try run.assay(["build", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = String(decoding: try Data(contentsOf: URL(fileURLWithPath: run.folder + "/Output/article.html")), as: UTF8.self)
        #expect(page.contains("<pre tabindex=\"0\"><code class=\"language-python\">def allowed(site):\n    <mark class=\"passage\" id=\"p-return-site-old-town-and-9f9d50\">"
                              + "return site != &quot;old-town&quot; and cost(site) &lt; 4_000_000</mark>"))
        let quote = try run.assay(["quote", "cost(site) < 4_000_000"])
        #expect(quote.status == 0)
        #expect(quote.stdout == "cites:\n  - \"cost(site) < 4_000_000\"\n")
    }
}
