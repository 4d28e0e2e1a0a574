import AssayCore

/// `feed.xml`: an Atom 1.0 feed with one entry per revision, its note and what changed as the entry's content.
/// Deterministic: every date comes from the revisions, never from the clock. With a base URL its links are
/// absolute; without one they are relative to the feed, and ids are made from the report's title.
enum AtomFeed {
    static func xml(_ builder: PageBuilder) -> [UInt8] {
        guard let history = builder.history, let html = builder.revisionHTML else { return [] }
        let model = builder.model
        let base = model.site.base ?? ""
        let title = model.site.title ?? model.article.title
        let author = model.site.author ?? model.article.author
        let page = base + PagePaths.revisions
        func id(_ date: String?) -> String {
            if !base.isEmpty { return page + (date.map { "#" + PagePaths.revisionFragment($0) } ?? "") }
            return uuidURN(title + "\u{0}" + (date ?? ""))
        }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            "  <title>\(escape(title))</title>",
            "  <subtitle>\(escape("What changed in the conclusions of the analysis of “\(model.article.title)”"))</subtitle>",
            "  <id>\(escape(id(nil)))</id>",
            "  <updated>\(timestamp(history.latest.date))</updated>",
            "  <author><name>\(escape(author))</name></author>",
            "  <link rel=\"alternate\" type=\"text/html\" href=\"\(escape(page))\"/>",
        ]
        if !base.isEmpty { lines.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(escape(base + PagePaths.feed))\"/>") }
        lines.append("  <generator>Assay</generator>")
        // The newest entry opens with where the report stands now, as the index does.
        var summary = summaryHTML(builder, base: base)
        for entry in history.entries.reversed() {
            let date = entry.revision.date ?? ""
            var content = summary + builder.report.bodies.html(of: .revisionNote(date))
            summary = ""
            let sentences = entry.changes.sentences().map { "<li>" + html.html($0, prefix: base) + "</li>" }
            if entry.previous == nil {
                content += "<p>The first recorded revision.</p>"
            } else if sentences.isEmpty {
                content += "<p>The conclusions are the same as in the revision of \(escape(entry.previous?.date ?? "")).</p>"
            } else {
                content += "<p>Since the revision of \(escape(entry.previous?.date ?? "")):</p><ul>" + sentences.joined() + "</ul>"
            }
            lines += [
                "  <entry>",
                "    <title>\(escape("Revision of \(date)"))</title>",
                "    <id>\(escape(id(date)))</id>",
                "    <updated>\(timestamp(date))</updated>",
                "    <link rel=\"alternate\" type=\"text/html\" href=\"\(escape(page + "#" + PagePaths.revisionFragment(date)))\"/>",
                "    <content type=\"html\">\(escape(content))</content>",
                "  </entry>",
            ]
        }
        lines += ["</feed>", ""]
        return Array(lines.joined(separator: "\n").utf8)
    }

    /// XML text: the same five characters as HTML.
    /// The report's summary as the index gives it, its links from `base`; empty when no actor has criteria.
    private static func summaryHTML(_ builder: PageBuilder, base: String) -> String {
        guard let lead = builder.summary.actors.first else { return "" }
        let sentences = SummarySentences(report: builder.report, href: { base + $0 })
        let others = builder.summary.actors.dropFirst().map { "<li>" + sentences.line($0) + "</li>" }
        return "<p>" + sentences.lead(lead).joined(separator: " ") + "</p>" + (others.isEmpty ? "" : "<ul>" + others.joined() + "</ul>")
    }

    private static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A day as an RFC 3339 time, midnight UTC.
    private static func timestamp(_ date: String?) -> String { (date ?? "1970-01-01") + "T00:00:00Z" }

    /// A stable `urn:uuid:` made from `text`'s digest, for feeds without an address of their own.
    private static func uuidURN(_ text: String) -> String {
        let hex = Array(ContentDigest.of(text).description)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }
        return "urn:uuid:" + groups.joined(separator: "-")
    }
}
