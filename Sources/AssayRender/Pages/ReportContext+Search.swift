import AssayCore
import Foundation

/// The search page: every option, criterion, actor and passage listed (usable without script), and the same
/// entries as a prebuilt JSON index that `search.js` filters as the reader types.
extension ReportContext {
    struct SearchEntry: Encodable {
        var kind: String
        var title: String
        var text: String
        var href: String
    }

    func searchEntries(from page: String) -> [SearchEntry] {
        var entries: [SearchEntry] = []
        entries += model.options.map { SearchEntry(kind: "Option", title: $0.title, text: $0.summary, href: PagePaths.link(PagePaths.option($0.id), from: page)) }
        entries += model.criteria.map {
            SearchEntry(kind: $0.kind == .redLine ? "Red line" : "Preference", title: $0.title,
                        text: "\(actorName($0.actorID)). " + $0.scale.map(\.label).joined(separator: ", "),
                        href: PagePaths.link(PagePaths.criterion($0.id), from: page))
        }
        entries += model.actors.map { SearchEntry(kind: "Actor", title: $0.name, text: $0.description, href: PagePaths.link(PagePaths.actor($0.id), from: page)) }
        entries += passages.passages.map {
            SearchEntry(kind: "Passage", title: $0.text, text: "cited \($0.citers.count)×", href: PagePaths.link(PagePaths.article, from: page) + "#" + $0.id)
        }
        return entries
    }

    /// JSON safe to embed in a `<script type="application/json">` block: no `<` can close it.
    func searchIndexJSON(from page: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(searchEntries(from: page)), as: UTF8.self)
        return json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }

    func searchPage() -> PageSpec {
        let page = PagePaths.search
        var context = common(page: page, title: "Search", section: "search")
        let entries = searchEntries(from: page)
        context["entries"] = entries.map { ["kind": $0.kind, "title": $0.title, "text": $0.text, "href": $0.href] }
        context["entryCount"] = entries.count
        context["searchIndex"] = (try? searchIndexJSON(from: page)) ?? "[]"
        context["script"] = PagePaths.link("search.js", from: page)
        return PageSpec(path: page, template: "search", context: context)
    }

    func notFoundPage() -> PageSpec {
        var context = common(page: PagePaths.notFound, title: "Page not found", section: "404", absolute: true)
        context["canonical"] = ""
        context["hasBaseURL"] = false
        return PageSpec(path: PagePaths.notFound, template: "404", context: context)
    }
}
