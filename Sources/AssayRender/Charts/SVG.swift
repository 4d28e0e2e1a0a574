/// Builds inline SVG as text. Every piece of content text goes through `text`, which escapes it,
/// so titles and labels from the analyst's files can never become markup.
struct SVG {
    private(set) var markup = ""

    static func text(_ text: String) -> String { HTMLEscaping.escape(text) }

    static func number(_ value: Double) -> String { Formatting.decimal(value, places: 2) }

    mutating func open(_ tag: String, _ attributes: [(String, String)] = []) {
        markup += "<"
        markup += tag
        for (name, value) in attributes {
            markup += " "
            markup += name
            markup += "=\""
            markup += Self.text(value)
            markup += "\""
        }
        markup += ">"
    }

    mutating func close(_ tag: String) {
        markup += "</"
        markup += tag
        markup += ">"
    }

    /// A self-contained element with an optional tooltip (`<title>`), which browsers show on hover
    /// and screen readers read as the element's name.
    mutating func element(_ tag: String, _ attributes: [(String, String)], title: String? = nil) {
        open(tag, attributes)
        if let title { self.title(title) }
        close(tag)
    }

    /// A `<title>` for the element just opened: its name and tooltip.
    mutating func title(_ text: String) {
        markup += "<title>\(Self.text(text))</title>"
    }

    mutating func label(_ value: String, _ attributes: [(String, String)]) {
        open("text", attributes)
        markup += Self.text(value)
        close("text")
    }

    /// `svg` with every link written after `prefix`: the same picture for a page `prefix` folders down. Every
    /// `href` in a chart is a site-relative path, and attribute text is escaped, so `href="` only starts a link.
    static func prefixingLinks(_ svg: String, with prefix: String) -> String {
        guard !prefix.isEmpty else { return svg }
        let marker = Array("href=\"".utf8), prefixBytes = Array(prefix.utf8)
        let bytes = Array(svg.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        // A plain scan: Foundation's `firstRange(of:)` on bytes is many times slower.
        while index < bytes.count {
            out.append(bytes[index])
            index += 1
            if bytes[index - 1] == marker[marker.count - 1], index >= marker.count,
               bytes[(index - marker.count)..<index].elementsEqual(marker) {
                out.append(contentsOf: prefixBytes)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
