import Foundation

/// The content of a new report: the article and one commented example of each kind of file, citing passages of the
/// article itself, so that it builds at once and without a warning.
public enum NewReport {
    /// The article, as `assay new` reads it from a text or Markdown file.
    public struct Article: Sendable, Equatable {
        public var title: String
        public var author: String
        public var body: String

        /// A title and byline from the first lines (a Markdown heading, "By …"); front matter, if any, kept apart.
        public init(text: String) {
            let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
            var lines = normalized.components(separatedBy: "\n")
            var title = "", author = ""
            // Front matter is read as the article's own is, from libyaml's events: quotes, escapes and author lists.
            if lines.first == "---", case .success(let split) = FrontMatter.split(normalized, file: "article") {
                var fields = FrontMatterFields(split, file: "article")
                if fields.isReadable {
                    title = fields.string("title", required: false) ?? ""
                    if let node = fields.value("author"), case .sequence(let items) = node.value {
                        author = AssayCore.Article.names(items.compactMap { fields.text($0, key: "author") })
                    } else {
                        author = fields.string("author", required: false) ?? ""
                    }
                }
                lines = split.body.components(separatedBy: "\n")
            }
            while let first = lines.first, first.trimmingWhitespace.isEmpty { lines.removeFirst() }
            // RFC 822-style header fields, as PEPs and RFCs open ("PEP: 456", "Title: …", "Author: …"): the fields
            // name the title and author; none of them is a title itself.
            let fields = Self.headerFields(lines)
            if !fields.values.isEmpty {
                if title.isEmpty, let named = fields.values["title"] { title = named }
                if author.isEmpty, let named = fields.values["author"] ?? fields.values["authors"] { author = Self.withoutAddresses(named) }
                lines.removeFirst(fields.lineCount)
                while let first = lines.first, first.trimmingWhitespace.isEmpty { lines.removeFirst() }
            }
            if title.isEmpty, let heading = Self.underlinedTitle(lines) {
                // reStructuredText: a title under (and perhaps over) a line of one punctuation character.
                title = heading.title
                lines.removeFirst(heading.lineCount)
            } else if title.isEmpty, let first = lines.first {
                title = String(first.drop { $0 == "#" }).trimmingWhitespace
                lines.removeFirst()
            }
            while let first = lines.first, first.trimmingWhitespace.isEmpty { lines.removeFirst() }
            if author.isEmpty, let first = lines.first, let byline = Self.byline(first) {
                author = byline
                lines.removeFirst()
            }
            self.title = title.isEmpty ? "Untitled article" : title
            self.author = author.isEmpty ? "Unknown author" : author
            body = lines.joined(separator: "\n").trimmingWhitespace
        }

        /// A block of `Name: value` lines at the top (continuation lines start with a space), by lower-cased name;
        /// empty unless every line of the block is such a field and there are at least two.
        private static func headerFields(_ lines: [String]) -> (values: [String: String], lineCount: Int) {
            var values: [String: String] = [:], count = 0, last: String?
            for line in lines {
                if line.trimmingWhitespace.isEmpty { break }
                if let key = last, line.first == " " || line.first == "\t" {
                    values[key, default: ""] += " " + line.trimmingWhitespace
                } else {
                    let pair = line.split(separator: ":", maxSplits: 1).map(String.init)
                    guard pair.count == 2, let name = pair.first, !name.isEmpty, name.count <= 30,
                          name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == " " }), name.first?.isLetter == true,
                          pair[1].first == " " || pair[1].isEmpty else { return ([:], 0) }
                    last = name.lowercased()
                    values[name.lowercased()] = pair[1].trimmingWhitespace
                }
                count += 1
            }
            return count >= 2 ? (values, count) : ([:], 0)
        }

        /// "Christian Heimes <christian at python.org>, A. Writer <a@example.org>" → "Christian Heimes, A. Writer".
        private static func withoutAddresses(_ text: String) -> String {
            var result = "", depth = 0
            for character in text {
                if character == "<" { depth += 1 } else if character == ">" { depth = max(0, depth - 1) } else if depth == 0 { result.append(character) }
            }
            return result.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }.joined(separator: ", ")
        }

        /// A reStructuredText title: a line underlined, or over- and underlined, by one repeated punctuation character.
        private static func underlinedTitle(_ lines: [String]) -> (title: String, lineCount: Int)? {
            func isAdornment(_ line: String?) -> Bool {
                guard let line = line?.trimmingWhitespace, line.count >= 3, let first = line.first,
                      first.isPunctuation || first.isSymbol else { return false }
                return line.allSatisfy { $0 == first }
            }
            if lines.count >= 3, isAdornment(lines[0]), isAdornment(lines[2]), !lines[1].trimmingWhitespace.isEmpty {
                return (lines[1].trimmingWhitespace, 3)
            }
            if lines.count >= 2, isAdornment(lines[1]), !lines[0].trimmingWhitespace.isEmpty, !isAdornment(lines[0]) {
                return (lines[0].trimmingWhitespace, 2)
            }
            return nil
        }

        /// The author's name in a byline such as "By A. Writer" or "Written by A. Writer for The Paper,".
        private static func byline(_ line: String) -> String? {
            let lower = line.lowercased()
            guard let by = ["by ", "written by ", "words by "].first(where: lower.hasPrefix) else { return nil }
            var name = Substring(line.dropFirst(by.count))
            for stop in [" for ", ",", " in ", " of ", " | "] {
                if let range = name.range(of: stop) { name = name[..<range.lowerBound] }
            }
            let trimmed = String(name).trimmingWhitespace.trimmingCharacters(in: .punctuationCharacters)
            return trimmed.isEmpty ? nil : trimmed
        }

        /// The article of a report started without one.
        public static let sample = Article(text: """
            # Where should the town build its new library?
            By A. Writer

            The council has two sites on the table. The riverside site is cheap but floods every few winters. \
            The old school is dearer but sits in the middle of town, next to the bus station.

            Residents want a library they can reach without a car. The council will not build on land that floods.
            """)
    }

    /// The files by path in the content folder.
    public static func files(for article: Article, articleText: ArticleText) -> [String: String] {
        let quotes = Self.quotes(from: article.body, in: articleText)
        func cite(_ index: Int) -> String { "cites:\n  - " + YAMLQuote.quoted(quotes[index % quotes.count]) }
        return [
            "article.md": """
                ---
                # The article under analysis. Paste its text after the closing '---', as Markdown.
                title: \(YAMLQuote.quoted(article.title))
                author: \(YAMLQuote.quoted(article.author))
                # outlet: "Where it was published"
                # date: "2024-05-02"
                # url: https://example.org/the-article
                ---
                \(article.body)

                """,
            "site.yml": """
                # Settings of the report; every key is optional (see docs/authoring.md).
                title: \(YAMLQuote.quoted("Analysis: " + article.title))
                language: en
                # base-url: https://example.org/reports/this-one/   # where it will be published: adds a sitemap and feed links
                # remote-images: false                              # let Markdown images load from other https hosts

                """,
            "actors/example-actor.md": """
                ---
                # An actor whose point of view the article takes. The file name is its id.
                name: Example actor
                description: "Who they are, in one sentence."
                ---
                Notes on the actor, in Markdown, shown on its page.

                """,
            "criteria/example-red-line.md": """
                ---
                # A red line: an option that crosses it is unacceptable to the actor, whatever else it offers.
                actor: example-actor
                kind: red-line
                title: "Something the actor will not accept"
                # Every judgement rests on passages of the article: quote them exactly ('assay quote "words"' finds them).
                \(cite(0))
                ---
                Why the article says this is a red line.

                """,
            "criteria/example-preference.md": """
                ---
                # A preference: weighed against the actor's other preferences. Levels run from worst (0) to best (1).
                actor: example-actor
                kind: preference
                title: "Something the actor wants"
                weight: 1
                scale:
                  - level: low
                    label: Little of it
                    value: 0
                  - level: high
                    label: A lot of it
                    value: 1
                \(cite(1))
                ---
                What the levels mean for this article.

                """,
            "options/option-a.md": """
                ---
                # An option the article weighs.
                title: Option A
                summary: "What option A is, in one sentence."
                \(cite(2))
                ---
                A longer description, in Markdown.

                """,
            "options/option-b.md": """
                ---
                title: Option B
                summary: "What option B is, in one sentence."
                \(cite(3))
                ---

                """,
            "assessments/option-a--example-preference.md": """
                ---
                # How an option fares on a criterion: named option--criterion. A level of the preference's scale…
                option: option-a
                criterion: example-preference
                level: high
                confidence: medium          # low, medium or high: lower confidence widens the rank probabilities
                \(cite(1))
                # inference: true           # when this is your reading of the passages rather than what they say
                ---
                Why option A sits at this level.

                """,
            "assessments/option-b--example-preference.md": """
                ---
                option: option-b
                criterion: example-preference
                level: low
                confidence: medium
                \(cite(1))
                ---
                Why option B sits at this level.

                """,
            "assessments/option-a--example-red-line.md": """
                ---
                # …or, for a red line, whether the option crosses it.
                option: option-a
                criterion: example-red-line
                crosses: false
                confidence: high
                \(cite(0))
                ---
                Why option A stays clear of the red line.

                """,
            "assessments/option-b--example-red-line.md": """
                ---
                option: option-b
                criterion: example-red-line
                crosses: true
                confidence: high
                \(cite(0))
                ---
                Why option B crosses the red line.

                """,
            "rankings/example-actor.md": """
                ---
                # The order in which the author ranks the options for this actor, best first; the report compares it
                # with the ranking the assessments give.
                actor: example-actor
                order: [option-a]
                unacceptable: [option-b]
                \(cite(2))
                ---

                """,
            "expectations/conclusions.md": """
                ---
                # What the report must conclude: the build fails, at the line, when it does not.
                expect:
                  - top: option-a
                    actor: example-actor
                  - vetoed: option-b
                    actor: example-actor
                ---

                """,
        ]
    }

    /// A few passages of the article to cite: the start of each sentence, long enough to occur once.
    static func quotes(from body: String, in text: ArticleText) -> [String] {
        var result: [String] = []
        let sentences = body.split(whereSeparator: { ".!?\n".contains($0) }).map { String($0).trimmingWhitespace }.filter { $0.split(separator: " ").count >= 3 }
        for sentence in sentences where !sentence.hasPrefix("#") {
            let words = sentence.split(separator: " ")
            for count in min(6, words.count)...min(words.count, 20) {
                let attempt = words.prefix(count).joined(separator: " ")
                if case .found(let found) = QuoteFinder.find(attempt, in: text), found.count == 1, found[0].prefix == nil {
                    if !result.contains(found[0].exact) { result.append(found[0].exact) }
                    break
                }
            }
            if result.count == 4 { break }
        }
        return result.isEmpty ? [body.split(separator: " ").prefix(6).joined(separator: " ")] : result
    }
}
