import AssayCore
import AssayTemplates

/// The search page: every option, criterion, actor and passage listed (usable without script), and the same
/// entries as a prebuilt JSON index that `search.js` filters as the reader types.
extension PageBuilder {
    func searchEntries() -> [SearchEntry] {
        var entries: [SearchEntry] = []
        entries += model.options.map { SearchEntry(kind: "Option", title: $0.title, text: $0.summary, path: PagePaths.option($0.id)) }
        entries += model.criteria.map {
            SearchEntry(kind: $0.kind == .redLine ? "Red line" : "Preference", title: $0.title,
                        text: "\(report.actorName($0.actorID)). " + $0.scale.map(\.label).joined(separator: ", "),
                        path: PagePaths.criterion($0.id))
        }
        entries += model.actors.map { SearchEntry(kind: "Actor", title: $0.name, text: $0.description, path: PagePaths.actor($0.id)) }
        entries += report.passages.passages.map {
            SearchEntry(kind: "Passage", title: $0.text, text: "cited \($0.citers.count)×", path: PagePaths.article + "#" + $0.id)
        }
        return entries
    }
}

/// One entry of the search page and index.
struct SearchEntry: TemplateModel {
    var kind: String
    var title: String
    var text: String
    var path: String

    static let schema = ModelSchema<SearchEntry>("SearchEntry", [
        .text("kind") { $0.kind }, .text("title") { $0.title }, .text("text") { $0.text }, .link("href") { $0.path },
    ])
}

/// The search index as JSON, as Foundation's encoder writes it with sorted keys and unescaped slashes (a test holds
/// the two equal), written straight from the entries.
enum SearchIndexJSON {
    /// - Parameters:
    ///   - prefix: what each path is written after, for where the JSON is read from.
    ///   - embedded: safe inside a `<script type="application/json">` block: no `<`, `>` or `&` can close it.
    static func bytes(_ entries: [SearchEntry], prefix: String, embedded: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.count * 160)
        out.append(UInt8(ascii: "["))
        for (index, entry) in entries.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: #"{"href":"#.utf8)
            string(prefix + entry.path, embedded: embedded, into: &out)
            out.append(contentsOf: #","kind":"#.utf8)
            string(entry.kind, embedded: embedded, into: &out)
            out.append(contentsOf: #","text":"#.utf8)
            string(entry.text, embedded: embedded, into: &out)
            out.append(contentsOf: #","title":"#.utf8)
            string(entry.title, embedded: embedded, into: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    static func string(_ text: String, embedded: Bool, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case 0x08: out.append(contentsOf: #"\b"#.utf8)
            case 0x0C: out.append(contentsOf: #"\f"#.utf8)
            case 0..<0x20: hexEscape(byte, into: &out)
            case UInt8(ascii: "<") where embedded, UInt8(ascii: ">") where embedded, UInt8(ascii: "&") where embedded:
                hexEscape(byte, into: &out)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func hexEscape(_ byte: UInt8, into out: inout [UInt8]) {
        let digits = Array("0123456789abcdef".utf8)
        out.append(contentsOf: #"\u00"#.utf8)
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0x0F)])
    }
}
