import Foundation
import Testing
@testable import AssayRender

/// `docs/templates.md` is the reference of what templates can use; it must say what the page models provide.
@Suite struct TemplateReferenceTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/templates.md")

    @Test func theDocumentedFieldsAreThePageModels() throws {
        let generated = TemplateReference.markdown()
        if ProcessInfo.processInfo.environment["RECORD_TEMPLATE_REFERENCE"] == "1" {
            try generated.write(to: Self.file, atomically: true, encoding: .utf8)
        }
        let documented = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(documented == generated, "docs/templates.md is out of date: re-record it")
        #expect(generated.contains("- `assessments`: a list, each with"))
    }
}
