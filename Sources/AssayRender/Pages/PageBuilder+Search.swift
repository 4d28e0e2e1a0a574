import AssayCore
import AssayTemplates

/// The search page: every option, criterion, actor and passage listed (usable without script), and the same
/// entries as a prebuilt JSON index that `search.js` filters as the reader types.
extension PageBuilder {
    /// What the search entries show: every option, criterion, actor and passage.
    func noteSearchEntries() {
        for kind in [ContentKind.option, .criterion, .actor] { note(.members(kind), .every(kind, .heading), .every(kind, .content)) }
        note(.passages)
    }

    func searchEntries() -> [SearchEntry] {
        noteSearchEntries()
        var entries: [SearchEntry] = []
        entries += model.options.map { SearchEntry(kind: "Option", title: $0.title, text: $0.summary, path: PagePaths.option($0.id)) }
        entries += model.criteria.map {
            SearchEntry(kind: $0.kind == .redLine ? "Red line" : "Preference", title: $0.title,
                        text: "\(report.actorName($0.actorID)). " + $0.scale.map(\.label).joined(separator: ", "),
                        path: PagePaths.criterion($0.id))
        }
        entries += model.actors.map { SearchEntry(kind: "Actor", title: $0.name, text: $0.description, path: PagePaths.actor($0.id)) }
        entries += report.passages.passages.map {
            SearchEntry(kind: "Passage", title: $0.text, text: "cited \($0.citers.count)×", path: PagePaths.passage($0.id))
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
    /// The index, safe inside a `<script type="application/json">` block (no `<`, `>` or `&` can close it) and, as
    /// `data/search.json`, the same bytes.
    /// - Parameter prefix: what each path is written after, for where the JSON is read from.
    static func bytes(_ entries: [SearchEntry], prefix: String) -> [UInt8] {
        var json = JSONByteBuffer(capacity: entries.count * 160)
        json.append("[")
        for (index, entry) in entries.enumerated() {
            if index > 0 { json.append(",") }
            json.append("{\"href\":")
            json.appendString(prefix + entry.path)
            json.append(",\"kind\":")
            json.appendString(entry.kind)
            json.append(",\"text\":")
            json.appendString(entry.text)
            json.append(",\"title\":")
            json.appendString(entry.title)
            json.append("}")
        }
        json.append("]")
        return ScriptJSON.embeddable(json.bytes())
    }
}

/// JSON to embed in a `<script type="application/json">` block.
enum ScriptJSON {
    /// `json` with `<`, `>` and `&` written as escapes, so nothing in it can close the block or start markup. Outside
    /// strings JSON has none of the three, so escaping them everywhere escapes them in strings.
    static func embeddable(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count)
        for byte in json {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: #"\u003c"#.utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: #"\u003e"#.utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: #"\u0026"#.utf8)
            default: out.append(byte)
            }
        }
        return out
    }
}
