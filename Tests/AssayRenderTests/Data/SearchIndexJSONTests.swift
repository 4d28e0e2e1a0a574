import Foundation
import Testing
@testable import AssayRender

/// The search index is written by hand for speed; it must be what Foundation's encoder writes.
@Suite struct SearchIndexJSONTests {
    struct Encoded: Encodable { var kind: String; var title: String; var text: String; var href: String }

    @Test(arguments: ["plain", "quote \" and \\ backslash", "line\nbreak\ttab\r\u{8}\u{C}", "control \u{1}\u{1F}", "slash / and é, “curly”, 🙂",
                      "<script>&amp;</script>", ""])
    func matchesFoundationsEncoder(text: String) throws {
        let entries = [SearchEntry(kind: "Option", title: text, text: "t " + text, path: "options/a.html#\(text.count)"),
                       SearchEntry(kind: "Passage", title: "second", text: text, path: "article.html")]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(entries.map { Encoded(kind: $0.kind, title: $0.title, text: $0.text, href: "../" + $0.path) }),
                              as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
        #expect(String(decoding: SearchIndexJSON.bytes(entries, prefix: "../"), as: UTF8.self) == expected)
    }
}
