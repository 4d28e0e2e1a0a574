/// YAML written into hints and printed citations, so that what is suggested is valid when pasted.
public enum YAMLQuote {
    /// `text` as a double-quoted YAML string: backslashes and double quotes escaped.
    public static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
