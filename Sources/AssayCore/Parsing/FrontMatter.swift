/// A content file split into its YAML front matter and its Markdown body, with the line each starts on.
public struct FrontMatter: Sendable {
    public var yaml: String
    /// The file line of the first YAML line (the line after the opening `---`).
    public var yamlLine: Int
    public var body: String
    /// The file line of the first body line.
    public var bodyLine: Int

    /// Splits `text` at the `---` fences; the opening fence must be the first line.
    public static func split(_ text: String, file: String) -> Result<FrontMatter, Diagnostic> {
        // Only the front matter is split into lines; the body is taken whole.
        var lines: [Substring] = []
        var rest = text[...]
        var closing: Int?
        while !rest.isEmpty || lines.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<end]
            lines.append(line)
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            if lines.count == 1 && line.trimmingTrailingSpaces != "---" { break }
            if lines.count > 1 && (line.trimmingTrailingSpaces == "---" || line.trimmingTrailingSpaces == "...") {
                closing = lines.count - 1
                break
            }
            if rest.isEmpty { break }
        }
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            let isEmpty = text.allSatisfy(\.isWhitespace)
            return .failure(.error(
                at: .start(of: file),
                isEmpty ? "the file is empty" : "the file does not start with front matter",
                hint: "start the file with a line '---', then the YAML keys, then a closing '---' line; see docs/authoring.md"))
        }
        guard let closing else {
            return .failure(.error(
                at: .start(of: file),
                "the front matter is not closed",
                hint: "add a line '---' after the last YAML key"))
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlLine: 2, body: String(rest), bodyLine: closing + 2))
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
