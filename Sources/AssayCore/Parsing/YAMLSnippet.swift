/// YAML written into hints, so that what a hint suggests is valid when pasted.
enum YAMLSnippet {
    /// `text` as a double-quoted YAML string: backslashes and double quotes escaped.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
