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

    /// The keys a reader accepts are the keys its schema lists: both come from `FrontMatterKeys`, and an editor
    /// never flags what a build accepts, nor accepts what a build refuses.
    @Test(arguments: FrontMatterSchemas.kinds)
    func theSchemaListsTheKeysTheReaderAccepts(_ kind: String) throws {
        let schema = try #require(FrontMatterSchemas.schema(kind))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [String: Any])
        let properties = try #require(object["properties"] as? [String: Any])
        let declared = try #require(FrontMatterKeys.keys(of: kind))
        #expect(Set(properties.keys) == Set(declared))
    }

    /// Each kind's section of `docs/authoring.md` has a key table, and it lists exactly the keys the reader accepts.
    @Test(arguments: FrontMatterSchemas.kinds)
    func theDocsKeyTableListsTheKeysTheReaderAccepts(_ kind: String) throws {
        let headings = ["article": "## The article — `article.md`", "actor": "## Actors — `actors/<id>.md`",
                        "criterion": "## Criteria — `criteria/<id>.md`", "option": "## Options — `options/<id>.md`",
                        "assessment": "## Assessments — `assessments/<name>.md`",
                        "ranking": "## The author's stated ranking — `rankings/<actor-id>.md`",
                        "expectation": "## Expectations — `expectations/<name>.md`", "site": "## Site settings — `site.yml`"]
        let docs = try String(contentsOf: Self.folder.deletingLastPathComponent().appendingPathComponent("authoring.md"), encoding: .utf8)
        let heading = try #require(headings[kind])
        let start = try #require(docs.range(of: "\n" + heading + "\n"), "the section \(heading)").upperBound
        let section = docs[start...].components(separatedBy: "\n## ")[0]
        // The first table whose header starts with "| key": the names in backticks in its first column.
        let lines = section.components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { $0.hasPrefix("| key |") }, "\(heading) has a key table")
        let keys = lines[(header + 2)...].prefix { $0.hasPrefix("| `") }.compactMap { line in
            line.split(separator: "`", omittingEmptySubsequences: false).dropFirst().first.map(String.init)
        }
        let declared = try #require(FrontMatterKeys.keys(of: kind))
        #expect(Set(keys) == Set(declared), "the key table under \(heading)")
        #expect(keys.count == Set(keys).count, "each key once")
    }
}
