import Foundation

/// Finds `{{> name}}` tags in a template, with their line and column.
enum PartialReferences {
    struct Reference {
        var name: String
        var line: Int
        var column: Int
    }

    static func find(in template: String) -> [Reference] {
        var references: [Reference] = []
        for (lineIndex, line) in template.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{>") {
                let afterTag = rest[open.upperBound...]
                guard let close = afterTag.range(of: "}}") else { break }
                let name = afterTag[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                references.append(Reference(name: name, line: lineIndex + 1, column: column))
                rest = afterTag[close.upperBound...]
            }
        }
        return references
    }
}
