import AssayCore
import Foundation
import Testing
@testable import AssayRender

/// `report.schema.json` is written by hand, for its descriptions and bounds; `ReportDocument` is the one declaration
/// of the shape. This holds the schema to the keys the types read: the same keys at every level, required where the
/// type requires them, of the same kind.
@Suite struct ReportSchemaTests {
    @Test func theSchemaDeclaresExactlyTheKeysOfReportDocument() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(ReportSchema.json.utf8)) as? [String: Any])
        let shape = try CodableShape.of(ReportDocument.self)
        var differences: [String] = []
        compare(shape, schema, root: schema, path: "report", into: &differences)
        #expect(differences == [])
    }

    @Test func theComparisonFindsAMissingKeyAnExtraKeyAndARequiredMismatch() throws {
        enum Colour: String, Decodable, CaseIterable { case red, blue }
        struct Entry: Decodable { var id: String; var note: String?; var count: Int; var colour: Colour; var sizes: [Double] }
        let schema: [String: Any] = [
            "type": "object", "required": ["id", "note", "colour", "sizes"],
            "properties": ["id": ["type": "string"], "note": ["type": "string"], "extra": ["type": "boolean"],
                           "colour": ["enum": ["red", "green"]], "sizes": ["type": "array", "items": ["type": "integer"]]],
        ]
        var differences: [String] = []
        compare(try CodableShape.of(Entry.self), schema, root: schema, path: "entry", into: &differences)
        #expect(differences == [
            "entry.colour: one of [\"blue\", \"red\"] in the type, one of [\"green\", \"red\"] in the schema",
            "entry.count: the type reads it, the schema does not declare it",
            "entry.extra: the schema declares it, the type does not read it",
            "entry.note: optional in the type, required in the schema",
            "entry.sizes[]: number in the type, integer in the schema",
        ])
    }

    /// Adds to `differences` every way the schema and the shape disagree below `path`.
    func compare(_ shape: CodableShape, _ schema: [String: Any], root: [String: Any], path: String, into differences: inout [String]) {
        let schema = resolved(schema, root: root)
        switch shape {
        case .opaque:
            return
        case .object(let fields):
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            let required = Set(schema["required"] as? [String] ?? [])
            for key in Set(fields.keys).union(properties.keys).sorted() {
                let at = "\(path).\(key)"
                guard let field = fields[key] else { differences.append("\(at): the schema declares it, the type does not read it"); continue }
                guard let property = properties[key] else { differences.append("\(at): the type reads it, the schema does not declare it"); continue }
                if field.required != required.contains(key) {
                    differences.append("\(at): \(field.required ? "required" : "optional") in the type, \(required.contains(key) ? "required" : "optional") in the schema")
                }
                compare(field.shape, property, root: root, path: at, into: &differences)
            }
        case .array(let element):
            guard let items = schema["items"] as? [String: Any] else { differences.append("\(path): an array in the type, not in the schema"); return }
            compare(element, items, root: root, path: path + "[]", into: &differences)
        case .map:
            if schema["properties"] != nil || schema["additionalProperties"] as? [String: Any] == nil {
                differences.append("\(path): an object keyed by ids in the type, not in the schema")
            }
        case .enumeration(let values):
            let listed = (schema["enum"] as? [String]).map { Set($0) }
            if listed != Set(values) {
                differences.append("\(path): one of \(values.sorted()) in the type, \(listed.map { "one of \($0.sorted())" } ?? "any text") in the schema")
            }
        case .string, .number, .integer, .boolean:
            let kind = (schema["type"] as? String) ?? (schema["enum"] != nil ? "string" : schema["const"] is Int ? "integer" : "?")
            if kind != shape.description { differences.append("\(path): \(shape) in the type, \(kind) in the schema") }
        }
    }

    /// The schema with `$ref` followed.
    func resolved(_ schema: [String: Any], root: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String, reference.hasPrefix("#/$defs/"),
              let definitions = root["$defs"] as? [String: [String: Any]],
              let target = definitions[String(reference.dropFirst("#/$defs/".count))] else { return schema }
        return resolved(target, root: root)
    }
}

extension Verdict: ShapeSample {
    static var shapeSample: Verdict { .ranked(rank: 1, score: 0.5) }
}
