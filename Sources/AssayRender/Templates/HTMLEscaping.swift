import AssayTemplates

/// Escaping for text placed in HTML outside the templates (the article's highlight markup, sentences, the feed):
/// the templates' own escaper, so one rule holds everywhere.
enum HTMLEscaping {
    static func escape(_ text: String) -> String { HTMLByteEscaping.escape(text) }
}
