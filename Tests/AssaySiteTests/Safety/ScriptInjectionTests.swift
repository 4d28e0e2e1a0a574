import AssaySite
import Foundation
import Testing

/// Pushes script-injection vectors through every field that reaches a page and checks that no page
/// could run them: no script element, no event-handler attribute, no dangerous URL in a link or source.
@Suite struct ScriptInjectionTests {
    static let vectors = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "\"><svg onload=alert(3)>",
        "'><iframe src=javascript:alert(4)>",
        "javascript:alert(5)",
        "<a href=\"javascript:alert(6)\">x</a>",
        "{{{pageTitle}}}<style>body{}</style>",
        "</title><script>alert(7)</script>",
        "<object data=\"data:text/html,<script>alert(8)</script>\"></object>",
        "<details open ontoggle=alert(9)>",
    ]

    /// A JSON string is a valid YAML double-quoted scalar.
    static func yaml(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    static func content() -> [String: String] {
        let all = vectors.joined(separator: " ")
        let markdown = vectors.map { "Text \($0) and [link](javascript:alert(10)) and ![img](javascript:alert(11)) and <b onclick=alert(12)>b</b>" }
            .joined(separator: "\n\n")
        let quote = yaml("Quoted " + vectors[1])
        return [
            "article.md": "---\ntitle: \(yaml("T " + all))\nauthor: \(yaml(vectors[2]))\noutlet: \(yaml(vectors[3]))\ndate: \(yaml(vectors[4]))\nurl: \(yaml("https://example.org/'onmouseover='alert(13)"))\nallow-raw-html: true\n---\nQuoted \\\(vectors[1])\n\n\(markdown)\n",
            "actors/a.md": "---\nname: \(yaml("A " + all))\ndescription: \(yaml(all))\n---\n\(markdown)\n",
            "criteria/r.md": "---\nactor: a\nkind: red-line\ntitle: \(yaml(all))\ncites: [\(quote)]\n---\n\(markdown)\n",
            "criteria/p.md": "---\nactor: a\nkind: preference\ntitle: \(yaml(all))\nweight: 1\nscale:\n  - level: lo\n    label: \(yaml(all))\n    value: 0\n  - level: hi\n    label: \(yaml(vectors[0]))\n    value: 1\ncites: [\(quote)]\n---\n\(markdown)\n",
            "options/o.md": "---\ntitle: \(yaml("O " + all))\nsummary: \(yaml(all))\ncites:\n  - exact: \(quote)\n    id: quoted\n---\n\(markdown)\n",
            "options/v.md": "---\ntitle: \(yaml("V " + all))\nsummary: \(yaml(all))\ninference: true\n---\n\(markdown)\n",
            "assessments/o--r.md": "---\noption: o\ncriterion: r\ncrosses: false\nconfidence: low\ncites: [\(quote)]\n---\n\(markdown)\n",
            "assessments/o--p.md": "---\noption: o\ncriterion: p\nlevel: hi\nconfidence: low\ninference: true\n---\n\(markdown)\n",
            "assessments/v--r.md": "---\noption: v\ncriterion: r\ncrosses: true\nconfidence: high\ncites: [\(quote)]\n---\n\(markdown)\n",
            "assessments/v--p.md": "---\noption: v\ncriterion: p\nlevel: lo\nconfidence: high\ninference: true\n---\n\(markdown)\n",
            "rankings/a.md": "---\nactor: a\norder: [v, o]\ncites: [\(quote)]\n---\n\(markdown)\n",
        ]
    }

    @Test func noPageCanRunScript() throws {
        let folder = try RepositoryPaths.scratch()
        for (path, text) in Self.content() {
            let file = folder + "/Content/" + path
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
        let summary = try SiteBuilder(fileSystem: .local).build(
            .init(content: folder + "/Content", templates: RepositoryPaths.templates, output: folder + "/Output"))
        #expect(summary.warnings.contains { $0.message == "raw HTML is omitted from the report" })
        #expect(summary.warnings.contains { $0.message.hasPrefix("the link target 'javascript:alert(10)' is removed") })
        let pages = summary.files.filter { $0.hasSuffix(".html") }
        #expect(pages.count == 11)
        for page in pages {
            let html = try String(contentsOfFile: folder + "/Output/" + page, encoding: .utf8)
            for problem in HTMLSafety.problems(in: html) {
                Issue.record("\(page): \(problem)")
            }
            #expect(html.components(separatedBy: "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; script-src &#39;self&#39;;").count == 2,
                    "\(page) carries the policy once")
            // The vectors still show, as text.
            if page.hasPrefix("options/") { #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")) }
        }
    }

    @Test func theSearchIndexCannotCloseItsScriptBlock() throws {
        let folder = try RepositoryPaths.scratch()
        for (path, text) in Self.content() {
            try FileSystem.local.write(folder + "/Content/" + path, Array(text.utf8))
        }
        let summary = try SiteBuilder(fileSystem: .local, settings: .init(draws: 0)).build(
            .init(content: folder + "/Content", templates: RepositoryPaths.templates, output: folder + "/Output"))
        #expect(summary.files.contains("search.html"))
        let search = try String(contentsOfFile: folder + "/Output/search.html", encoding: .utf8)
        let block = try #require(search.components(separatedBy: "<script type=\"application/json\" id=\"search-index\">").last?
            .components(separatedBy: "</script>").first)
        #expect(!block.contains("<"))
        #expect(block.contains("\\u003cscript\\u003e"))
        // The what-if panel's data, on the index and the actor's page, is as tightly closed.
        for page in ["index.html", "actors/a.html"] {
            let html = try String(contentsOfFile: folder + "/Output/" + page, encoding: .utf8)
            let island = try #require(html.components(separatedBy: "<script type=\"application/json\" class=\"whatif-data\"").dropFirst().first?
                .components(separatedBy: "</script>").first)
            #expect(!island.dropFirst(island.firstIndex(of: ">").map { island.distance(from: island.startIndex, to: $0) + 1 } ?? 0).contains("<"))
            #expect(island.contains("\\u003c/script\\u003e"), "\(page): a title's closing tag is escaped")
        }
    }

    @Test func theSafetyCheckCatchesWhatItLooksFor() {
        #expect(HTMLSafety.problems(in: "<p><script>x</script></p>") == ["a <script> element"])
        #expect(HTMLSafety.problems(in: "<img src=x onerror=alert(1)>") == ["an event-handler attribute onerror on <img>"])
        #expect(HTMLSafety.problems(in: "<a href=\" JavaScript:alert(1)\">") == ["a dangerous URL in href on <a>"])
        #expect(HTMLSafety.problems(in: "<a title=\"onclick=alert(1)\" href=\"https://x\">&lt;script&gt;</a>") == [])
    }
}

/// A small scanner over the tags of a page, looking for what could run script.
enum HTMLSafety {
    static let dangerousElements: Set<String> = ["script", "iframe", "object", "embed", "frame", "base", "meta", "foreignobject", "style", "link", "form"]
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "poster"]

    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: "<") {
            guard let close = tagEnd(html, from: open) else { break }
            let tag = html[html.index(after: open)..<close]
            index = html.index(after: close)
            if tag.hasPrefix("!") || tag.hasPrefix("/") { continue }
            let (name, attributes) = parse(tag)
            // The layout's own stylesheet link and meta tags, the search form, JSON data blocks and the report's two
            // script files are the only allowed ones.
            let allowed = (name == "link" && ["stylesheet", "canonical"].contains(attributes["rel"] ?? ""))
                || (name == "meta" && [nil, "Content-Security-Policy"].contains(attributes["http-equiv"]))
                || (name == "form" && attributes["action"] == "#")
                || (name == "script" && attributes["type"] == "application/json" && attributes["src"] == nil)
                || (name == "script" && attributes.count == 1 && ["search.js", "whatif.js"].contains { (attributes["src"] ?? "").hasSuffix($0) }
                    && !(attributes["src"] ?? "").contains(":"))
            if dangerousElements.contains(name) && !allowed {
                problems.append("a <\(name)> element")
            }
            for (attribute, value) in attributes.sorted(by: { $0.key < $1.key }) {
                if attribute.hasPrefix("on") { problems.append("an event-handler attribute \(attribute) on <\(name)>") }
                // The pages' policy allows no inline style, so an attribute would be a policy violation in the browser.
                if attribute == "style" { problems.append("an inline style attribute on <\(name)>") }
                let scheme = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                if urlAttributes.contains(attribute),
                   ["javascript:", "vbscript:", "data:"].contains(where: scheme.hasPrefix) || attribute == "srcdoc" {
                    problems.append("a dangerous URL in \(attribute) on <\(name)>")
                }
            }
        }
        return problems
    }

    private static func tagEnd(_ html: String, from open: String.Index) -> String.Index? {
        var quote: Character?
        var index = html.index(after: open)
        while index < html.endIndex {
            let character = html[index]
            if let current = quote {
                if character == current { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return index
            }
            index = html.index(after: index)
        }
        return nil
    }

    private static func parse(_ tag: Substring) -> (String, [String: String]) {
        var scanner = tag[...]
        let name = String(scanner.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
        scanner = scanner.dropFirst(name.count)
        var attributes: [String: String] = [:]
        while true {
            scanner = scanner.drop { $0.isWhitespace || $0 == "/" }
            guard !scanner.isEmpty else { break }
            let key = String(scanner.prefix { !$0.isWhitespace && $0 != "=" && $0 != "/" }).lowercased()
            guard !key.isEmpty else { scanner = scanner.dropFirst(); continue }
            scanner = scanner.dropFirst(key.count).drop { $0.isWhitespace }
            var value = ""
            if scanner.first == "=" {
                scanner = scanner.dropFirst().drop { $0.isWhitespace }
                if let quote = scanner.first, quote == "\"" || quote == "'" {
                    let body = scanner.dropFirst()
                    let end = body.firstIndex(of: quote) ?? body.endIndex
                    value = String(body[..<end])
                    scanner = end < body.endIndex ? body[body.index(after: end)...] : body[end...]
                } else {
                    value = String(scanner.prefix { !$0.isWhitespace })
                    scanner = scanner.dropFirst(value.count)
                }
            }
            attributes[key] = value.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#58;", with: ":")
        }
        return (name, attributes)
    }
}
