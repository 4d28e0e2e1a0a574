import AssayCore

/// Content written inline in a test: a file path relative to the content folder and its text.
struct ContentFixture {
    var files: [String: String]

    init(_ files: [String: String]) { self.files = files }

    var contentFiles: [ContentFile] {
        files.map { ContentFile(relativePath: $0.key, displayPath: "Content/\($0.key)", text: $0.value) }
    }

    /// Parse and validate; the diagnostics of both stages.
    func parse() -> (model: ReportModel?, diagnostics: [Diagnostic]) {
        let parsed = ContentParser.parse(contentFiles)
        let validated = ModelValidator.validate(parsed.content)
        return (parsed.diagnostics.containsErrors ? nil : validated.model,
                (parsed.diagnostics + validated.diagnostics).sortedByLocation())
    }

    /// A small valid content set: one actor with a red line and two preferences, and three options.
    static func small(extra: [String: String] = [:]) -> ContentFixture {
        var files: [String: String] = [
            "article.md": """
                ---
                title: Test article
                author: Tester
                ---
                Alpha is cheap. Beta is fast. Gamma is forbidden.
                """,
            "actors/town.md": "---\nname: Town\ndescription: The town.\n---\n",
            "criteria/no-gamma.md": "---\nactor: town\nkind: red-line\ntitle: No gamma\ncites: [\"Gamma is forbidden\"]\n---\n",
            "criteria/cost.md": """
                ---
                actor: town
                kind: preference
                title: Low cost
                weight: 2
                scale:
                  - level: high
                    label: High
                    value: 0
                  - level: low
                    label: Low
                    value: 1
                cites: ["Alpha is cheap"]
                ---
                """,
        ]
        for option in ["alpha", "beta", "gamma"] {
            files["options/\(option).md"] = "---\ntitle: \(option.capitalized)\nsummary: Option \(option).\ninference: true\n---\n"
        }
        files.merge(extra) { _, new in new }
        return ContentFixture(files)
    }
}

/// An assessment file's text.
func assessment(_ option: String, _ criterion: String, level: String? = nil, crosses: Bool? = nil,
                cites: String = "inference: true") -> String {
    var lines = ["---", "option: \(option)", "criterion: \(criterion)"]
    if let level { lines.append("level: \(level)") }
    if let crosses { lines.append("crosses: \(crosses)") }
    lines += ["confidence: medium", cites, "---", "Because."]
    return lines.joined(separator: "\n")
}
