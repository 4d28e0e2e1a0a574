import AssayCore

/// The report's pictures, as inline SVG made at build time: no script, no external asset. Each comes
/// with a text equivalent on the page (the list, table or description next to it).
enum ReportCharts {
    /// One stacked bar: segments are `(share of the full width, tone class, tooltip)`.
    static func stackedBar(_ segments: [(share: Double, tone: String, title: String)], label: String, height: Int = 14) -> String {
        var svg = SVG()
        svg.open("svg", [("class", "chart bar-chart"), ("viewBox", "0 0 100 \(height)"), ("preserveAspectRatio", "none"),
                         ("role", "img"), ("aria-label", label), ("focusable", "false")])
        svg.element("rect", [("class", "track"), ("x", "0"), ("y", "0"), ("width", "100"), ("height", String(height))])
        var x = 0.0
        for segment in segments where segment.share > 0 {
            let width = max(0, min(100 - x, segment.share * 100))
            svg.element("rect", [("class", segment.tone), ("x", SVG.number(x)), ("y", "0"), ("width", SVG.number(width)),
                                 ("height", String(height))], title: segment.title)
            x += width
        }
        svg.close("svg")
        return svg.markup
    }

    /// Where the cited passages lie in the article, and how often each is cited: one mark per passage,
    /// its height by citation count, linking to its place in the article.
    static func articleMap(_ passages: [Passage], length: Int, link: (Passage) -> String) -> String {
        guard length > 0, !passages.isEmpty else { return "" }
        let most = passages.map(\.citers.count).max() ?? 1
        var svg = SVG()
        // Labelled, but not an image: an image cannot hold links a keyboard reaches. An `svg` is a graphics
        // document of its own, which may.
        svg.open("svg", [("class", "chart article-map"), ("viewBox", "0 0 1000 60"), ("preserveAspectRatio", "none"),
                         ("aria-label", "Map of the article: \(passages.count) cited passages; taller marks are cited more often"),
                         ("focusable", "false")])
        svg.element("rect", [("class", "track"), ("x", "0"), ("y", "54"), ("width", "1000"), ("height", "6")])
        for passage in passages {
            let x = Double(passage.start) / Double(length) * 1000
            let width = max(3, Double(passage.end - passage.start) / Double(length) * 1000)
            let height = 8 + 44 * Double(passage.citers.count) / Double(most)
            let title = "“\(passage.text.count > 90 ? String(passage.text.prefix(87)) + "…" : passage.text)” — cited \(passage.citers.count)×"
            // The link's own title names it, for screen readers and as a tooltip.
            svg.open("a", [("href", link(passage))])
            svg.title(title)
            svg.element("rect", [("class", "passage-mark"), ("x", SVG.number(x)), ("y", SVG.number(54 - height)),
                                 ("width", SVG.number(width)), ("height", SVG.number(height + 6))])
            svg.close("a")
        }
        svg.close("svg")
        return svg.markup
    }

    /// A heat map of the levels: one row per option, one column per criterion, each cell linking to its assessment.
    struct Cell {
        var value: Double?
        var crosses: Bool?
        var title: String
        var href: String?
    }

    static func matrix(rows: [String], columns: [String], cells: [[Cell]], label: String) -> String {
        let cellWidth = 56, cellHeight = 30, left = 34, top = 22
        let width = left + columns.count * cellWidth, height = top + rows.count * cellHeight
        var svg = SVG()
        // An image when nothing in it is a link; with links, a labelled graphics document, as the article map.
        let role: [(String, String)] = cells.joined().contains { $0.href != nil } ? [] : [("role", "img")]
        svg.open("svg", [("class", "chart matrix"), ("viewBox", "0 0 \(width) \(height)")] + role
                 + [("aria-label", label), ("focusable", "false"), ("width", String(width * 2))])
        for (column, name) in columns.enumerated() {
            svg.label(name, [("x", String(left + column * cellWidth + cellWidth / 2)), ("y", "15"), ("class", "axis"), ("text-anchor", "middle")])
        }
        for (row, name) in rows.enumerated() {
            let y = top + row * cellHeight
            svg.label(name, [("x", "4"), ("y", String(y + cellHeight / 2 + 5)), ("class", "axis")])
            for (column, cell) in cells[row].enumerated() {
                let x = left + column * cellWidth
                let (tone, text): (String, String) = {
                    if let crosses = cell.crosses { return crosses ? ("heat-cross", "✕") : ("heat-pass", "✓") }
                    guard let value = cell.value else { return ("heat-gap", "gap") }
                    return ("heat-\(min(4, Int((value * 4).rounded())))", Formatting.decimal(value))
                }()
                if let href = cell.href {
                    svg.open("a", [("href", href)])
                    svg.title(cell.title)
                }
                svg.element("rect", [("class", "heat \(tone)"), ("x", String(x + 2)), ("y", String(y + 2)),
                                     ("width", String(cellWidth - 4)), ("height", String(cellHeight - 4)), ("rx", "3")],
                            title: cell.href == nil ? cell.title : nil)
                svg.label(text, [("x", String(x + cellWidth / 2)), ("y", String(y + cellHeight / 2 + 5)), ("class", "cell-label"),
                                 ("text-anchor", "middle")])
                if cell.href != nil { svg.close("a") }
            }
        }
        svg.close("svg")
        return svg.markup
    }
}
