import AssayTemplates
import Foundation
import Testing

/// Loads the official Mustache spec (JSON), vendored in `Tests/Fixtures/mustache-spec` with its licence and the
/// commit it was taken from (`VERSION`).
enum MustacheSpec {
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // AssayTemplatesTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Fixtures/mustache-spec")

    /// Lambdas need code in the data; templates here read plain values and models only.
    static let outOfScope: [String: String] = [
        "~lambdas.json": "lambdas are out of scope: template data carries no code (models expose values, not functions)",
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var name: String
        var template: String
        var partials: [String: String]
        var data: TemplateValue
        var expected: String
        var testDescription: String { "\(file): \(name)" }

        /// Renders the case dynamically; a parse error becomes the output so the mismatch is visible.
        func render() -> String {
            var sources = partials
            sources["__case__"] = template
            do {
                return try TemplateLibrary(sources: sources).render("__case__", data)
            } catch {
                return "PARSE ERROR: \(error)"
            }
        }
    }

    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    static func cases(in file: String) -> [Case] {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(file)),
              let suite = try? JSONDecoder().decode(Suite.self, from: data) else { return [] }
        return suite.tests.map {
            Case(file: file, name: $0.name, template: $0.template, partials: $0.partials ?? [:],
                 data: $0.data.value, expected: $0.expected)
        }
    }

    static var inScopeCases: [Case] {
        files.filter { outOfScope[$0] == nil }.flatMap(cases(in:))
    }

    private struct Suite: Decodable {
        var tests: [Test]
    }

    private struct Test: Decodable {
        var name: String
        var template: String
        var partials: [String: String]?
        var data: JSON
        var expected: String
    }

    /// JSON → TemplateValue: objects become dynamic objects, arrays lists, integral numbers ints.
    private struct JSON: Decodable {
        var value: TemplateValue

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                value = .null
            } else if let flag = try? container.decode(Bool.self) {
                value = .bool(flag)
            } else if let number = try? container.decode(Double.self) {
                if number.rounded() == number, let int = Int(exactly: number) { value = .int(int) } else { value = .double(number) }
            } else if let text = try? container.decode(String.self) {
                value = .text(text)
            } else if let items = try? container.decode([JSON].self) {
                value = .array(items.map(\.value))
            } else {
                value = .object(try container.decode([String: JSON].self).mapValues(\.value))
            }
        }
    }
}
