import AssayCore

/// `robots.txt` always; `sitemap.xml` when the site has a base URL, since a sitemap needs absolute addresses.
enum PublishingFiles {
    static func robots(_ site: SiteConfiguration) -> [UInt8] {
        var text = "User-agent: *\nAllow: /\n"
        if let base = site.base { text += "Sitemap: \(base)sitemap.xml\n" }
        return Array(text.utf8)
    }

    static func sitemap(_ site: SiteConfiguration, pages: [String]) -> [UInt8]? {
        guard let base = site.base else { return nil }
        let urls = pages.filter { $0 != PagePaths.notFound }.sorted().map { "  <url><loc>\(HTMLEscaping.escape(base + $0))</loc></url>" }
        return Array((["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"]
                      + urls + ["</urlset>", ""]).joined(separator: "\n").utf8)
    }
}
