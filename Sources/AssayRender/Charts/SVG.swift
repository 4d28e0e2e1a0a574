/// Builds inline SVG as text. Every piece of content text goes through `text`, which escapes it,
/// so titles and labels from the analyst's files can never become markup.
struct SVG {
    private(set) var markup = ""

    static func text(_ text: String) -> String { HTMLEscaping.escape(text) }

    static func number(_ value: Double) -> String { Formatting.decimal(value, places: 2) }

    mutating func open(_ tag: String, _ attributes: [(String, String)] = []) {
        markup += "<\(tag)" + attributes.map { " \($0.0)=\"\(Self.text($0.1))\"" }.joined() + ">"
    }

    mutating func close(_ tag: String) { markup += "</\(tag)>" }

    /// A self-contained element with an optional tooltip (`<title>`), which browsers show on hover
    /// and screen readers read as the element's name.
    mutating func element(_ tag: String, _ attributes: [(String, String)], title: String? = nil) {
        open(tag, attributes)
        if let title { markup += "<title>\(Self.text(title))</title>" }
        close(tag)
    }

    mutating func label(_ value: String, _ attributes: [(String, String)]) {
        open("text", attributes)
        markup += Self.text(value)
        close("text")
    }
}
