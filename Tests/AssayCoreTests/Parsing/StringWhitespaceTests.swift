import Foundation
import Testing
@testable import AssayCore

/// `trimmingWhitespace` trims exactly what Foundation's `.whitespacesAndNewlines` trims (which includes U+200B).
@Suite struct StringWhitespaceTests {
    @Test(arguments: [
        "", "   ", "text", "  text  ", "\n\n# Title\n\nBody.\n\n", "\t\u{A0}non-breaking\u{2003}\u{3000}",
        "\u{2028}line separators\u{2029}\u{85}", " \u{301}combining", "é ", "\r\n crlf \r\n", "\u{200B}zero width\u{FEFF}",
    ])
    func trimsLikeFoundation(_ text: String) {
        #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
