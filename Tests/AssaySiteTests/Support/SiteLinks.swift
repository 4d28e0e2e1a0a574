import Foundation

/// What a built site's pages link to and which ids they define, read from the HTML.
struct SiteLinks {
    /// Every `href` of every page, with the page it is on.
    var links: [(page: String, href: String)] = []
    /// Ids defined on each page.
    var ids: [String: Set<String>] = [:]

    init(pages: [String: String]) {
        for (page, html) in pages {
            links += Self.attributeValues("href", in: html).map { (page, $0) }
            ids[page] = Set(Self.attributeValues("id", in: html))
        }
    }

    /// Internal links that lead to no file, or to a fragment the target page does not define.
    func broken(existing files: Set<String>) -> [String] {
        var problems: [String] = []
        for (page, href) in links where !href.contains("://") && !href.hasPrefix("mailto:") {
            let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let target = parts[0].isEmpty ? page : Self.resolve(parts[0], from: page)
            guard files.contains(target) else {
                problems.append("\(page): \(href) leads to no file")
                continue
            }
            if parts.count == 2, !(ids[target]?.contains(parts[1]) ?? false) {
                problems.append("\(page): \(href) leads to no element with that id")
            }
        }
        return problems
    }

    static func resolve(_ relative: String, from page: String) -> String {
        var components = page.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/") {
            if part == ".." { _ = components.popLast() } else if part != "." { components.append(String(part)) }
        }
        return components.joined(separator: "/")
    }

    static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        let marker = " \(name)=\""
        while let start = rest.range(of: marker) {
            let afterQuote = rest[start.upperBound...]
            guard let end = afterQuote.firstIndex(of: "\"") else { break }
            values.append(String(afterQuote[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = afterQuote[end...]
        }
        return values
    }
}
