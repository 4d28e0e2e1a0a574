import Foundation
import Testing
@testable import AssayCore

/// `docs/schemas/` holds what `assay schema KIND` prints, for editors; each is a JSON document.
@Suite struct FrontMatterSchemaTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/schemas")

    @Test(arguments: FrontMatterSchemas.kinds)
    func theShippedSchemaIsTheGeneratedOne(_ kind: String) throws {
        let schema = try #require(FrontMatterSchemas.schema(kind))
        let file = Self.folder.appendingPathComponent("\(kind).schema.json")
        if ProcessInfo.processInfo.environment["RECORD_SCHEMAS"] == "1" {
            try schema.write(to: file, atomically: true, encoding: .utf8)
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [String: Any], "\(kind) is a JSON object")
        #expect(object["additionalProperties"] as? Bool == false, "unknown keys are flagged, as the parser does")
        #expect(try String(contentsOf: file, encoding: .utf8) == schema, "docs/schemas/\(kind).schema.json is out of date: re-record it")
    }
}
