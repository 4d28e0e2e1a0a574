import AssayCore
import CCmark
import Foundation

/// The one place that touches libcmark: Markdown to safe HTML, and the article's text runs and highlights.
///
/// cmark's safe default omits raw HTML; on top of it, every link and image target is parsed as a browser
/// would read it (`WebAddress`), and what is refused is unwrapped to its text. Highlights are inserted as
/// custom inline nodes, which cmark emits as given, so they stay well-formed even when a passage crosses
/// emphasis, links or paragraphs.
public enum CommonMark {
    /// Renders a fragment (an option's body, a rationale). Headings are shifted one level down,
    /// because the page around the fragment already has its own `h1`.
    public static func html(_ markdown: String, policy: MarkdownPolicy = MarkdownPolicy(), shiftHeadings: Bool = true) -> String {
        guard let (document, _) = parse(markdown, policy: policy) else { return "" }
        defer { cmark_node_free(document) }
        if shiftHeadings { shiftHeadingLevels(document) }
        return render(document)
    }

    /// A fragment's HTML and what sanitising removed from it, from one parse.
    public static func fragment(_ markdown: String, policy: MarkdownPolicy = MarkdownPolicy()) -> (html: String, findings: [MarkdownFinding]) {
        guard let (document, findings) = parse(markdown, policy: policy) else { return ("", []) }
        defer { cmark_node_free(document) }
        shiftHeadingLevels(document)
        return (render(document), findings)
    }

    /// What sanitising removes from a Markdown text, with its line and column in that text.
    public static func findings(_ markdown: String, policy: MarkdownPolicy = MarkdownPolicy()) -> [MarkdownFinding] {
        guard let (document, findings) = parse(markdown, policy: policy) else { return [] }
        cmark_node_free(document)
        return findings
    }

    /// The article's plain text as runs, one per text node, in reading order.
    public static func articleText(_ markdown: String) -> ArticleText {
        guard let (document, _) = parse(markdown, policy: nil) else { return ArticleText(runs: []) }
        defer { cmark_node_free(document) }
        return ArticleText(runs: textNodes(document).map { ArticleText.Run($0.text, startsBlock: $0.startsBlock) })
    }

    /// The article as HTML with each passage's spans wrapped in the markup `highlight` gives.
    public static func articleHTML(_ markdown: String, passages: [Passage], highlight: PassageMarkup,
                                   policy: MarkdownPolicy = MarkdownPolicy()) -> String {
        guard let (document, _) = parse(markdown, policy: policy) else { return "" }
        defer { cmark_node_free(document) }
        shiftHeadingLevels(document, highestAtTwo: true)
        let nodes = textNodes(document)
        let pieces = HighlightPlan(passages: passages, runLengths: nodes.map { $0.text.unicodeScalars.count })
        for (runIndex, run) in nodes.enumerated() {
            guard let plan = pieces.pieces[runIndex] else { continue }
            let scalars = Array(run.text.unicodeScalars)
            if cmark_node_get_type(run.node) == CMARK_NODE_CODE_BLOCK {
                highlightCodeBlock(run.node, scalars: scalars, plan: plan, highlight: highlight)
                continue
            }
            for piece in plan {
                let text = String(String.UnicodeScalarView(scalars[piece.start..<piece.end]))
                var node = newText(text)
                for passage in piece.passages.reversed() {
                    let isFirst = piece.startsPassages.contains(passage)
                    node = wrap(node, open: highlight.open(passage, isFirst), close: "</mark>")
                }
                cmark_node_insert_before(run.node, node)
                for passage in piece.endsPassages {
                    cmark_node_insert_before(run.node, literal(highlight.after(passage)))
                }
            }
            cmark_node_free(run.node)
        }
        return render(document)
    }

    // MARK: cmark plumbing

    private static let options = CMARK_OPT_DEFAULT

    /// The document with its pipe tables made tables and, with a policy, sanitised: what sanitising removed.
    private static func parse(_ markdown: String, policy: MarkdownPolicy?) -> (OpaquePointer, [MarkdownFinding])? {
        guard let document = markdown.withCString({ cmark_parse_document($0, strlen($0), options) }) else { return nil }
        var findings = PipeTables.apply(document, source: markdown, policy: policy)
        if let policy { findings += sanitize(document, policy: policy) }
        findings.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return (document, findings)
    }

    private static func render(_ node: OpaquePointer) -> String {
        guard let html = cmark_render_html(node, options) else { return "" }
        defer { free(html) }
        let text = String(cString: html)
        // A code block scrolls sideways on a narrow screen, so a keyboard must be able to reach it. Raw HTML never
        // reaches the output and code is escaped: every `<pre><code` here is one cmark or highlightCodeBlock wrote.
        // Looked for in the C string: Foundation's String search costs more than rendering a short body.
        return strstr(html, "<pre><code") != nil ? text.replacingOccurrences(of: "<pre><code", with: "<pre tabindex=\"0\"><code") : text
    }

    private struct TextNode {
        var node: OpaquePointer
        var text: String
        var startsBlock: Bool
    }

    /// Text and code-span nodes in document order, flagged where a block starts.
    /// Soft and hard line breaks count as one space each but are not highlighted.
    private static func textNodes(_ document: OpaquePointer) -> [TextNode] {
        var result: [TextNode] = []
        var pendingBlock = false
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                switch type {
                case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM, CMARK_NODE_BLOCK_QUOTE:
                    pendingBlock = true
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    let text = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    result.append(TextNode(node: node, text: text, startsBlock: pendingBlock))
                    pendingBlock = false
                case CMARK_NODE_CODE_BLOCK:
                    // A code block is one run: its words can be quoted like any other, its line breaks folding to spaces.
                    let text = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    result.append(TextNode(node: node, text: text, startsBlock: true))
                    pendingBlock = true
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    pendingBlock = true
                case CMARK_NODE_CUSTOM_INLINE where PipeTables.isCell(node):
                    pendingBlock = true
                default:
                    break
                }
            }
        }
        return result
    }

    // MARK: Sanitising

    /// Inline tags an article may keep when its front matter says `allow-raw-html: true`: bare tags only,
    /// no attributes, so nothing can carry script or an event handler.
    static let allowedInlineTags: Set<String> = ["sup", "sub", "br", "abbr", "small", "u", "s", "kbd", "mark", "cite", "q", "span", "b", "i", "em", "strong"]

    /// Unwraps links and images whose target is refused (and remote images the policy does not allow), turns
    /// allowed bare inline tags into literal output, notes text that looks like HTML, and reports everything
    /// it changed. Safe mode then omits the remaining raw HTML.
    static func sanitize(_ document: OpaquePointer, policy: MarkdownPolicy) -> [MarkdownFinding] {
        var findings: [MarkdownFinding] = []
        var keep: [OpaquePointer] = [], unwrap: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return [] }
        // A table's cells were sanitised as they were parsed, and located in the source then.
        var insideTable = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if cmark_node_get_type(node) == CMARK_NODE_CUSTOM_BLOCK { insideTable += event == CMARK_EVENT_ENTER ? 1 : -1 }
            guard event == CMARK_EVENT_ENTER, insideTable == 0 else { continue }
            let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if case .failure(let refusal) = WebAddress.parse(url) {
                    unwrap.append(node)
                    findings.append(MarkdownFinding(line: line, column: column,
                                                    message: "the link target '\(WebAddress.shown(url))' is removed: it \(refusal.message)",
                                                    hint: refusal.hint))
                }
            case CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if let refusal = imageRefusal(url, policy) {
                    unwrap.append(node)
                    findings.append(MarkdownFinding(line: line, column: column, message: "the image '\(WebAddress.shown(url))' is left out: it \(refusal.message)",
                                                    hint: refusal.hint))
                }
            case CMARK_NODE_HTML_INLINE:
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if policy.allowsRawHTML, isAllowedTag(literal) {
                    keep.append(node)
                } else {
                    findings.append(rawHTML(line, column, policy.allowsRawHTML))
                }
            case CMARK_NODE_HTML_BLOCK:
                findings.append(rawHTML(line, column, policy.allowsRawHTML))
            case CMARK_NODE_TEXT:
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if let tag = htmlLookingText(literal) {
                    findings.append(MarkdownFinding(line: line, column: column + tag.offset,
                                                    message: "'\(tag.text)' looks like HTML but is shown as text",
                                                    hint: "the report shows HTML as written text; write Markdown, or put code in backticks to show it as code"))
                }
            default:
                break
            }
        }
        cmark_iter_free(iterator)
        for node in keep {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let replacement = self.literal(literal)
            cmark_node_replace(node, replacement)
            cmark_node_free(node)
        }
        // A refused link keeps its text and a refused image its description, so the sentence still reads.
        for node in unwrap {
            while let child = cmark_node_first_child(node) {
                cmark_node_insert_before(node, child)
            }
            cmark_node_free(node)
        }
        return findings
    }

    /// Why an image target is not used, or nil: images come from this site, or, when `site.yml` allows remote
    /// images, from https addresses.
    private static func imageRefusal(_ url: String, _ policy: MarkdownPolicy) -> Diagnostic.Problem? {
        switch WebAddress.parse(url, schemes: ["http", "https"]) {
        case .failure(let refusal):
            return refusal
        case .success(let address) where address.isRemote && !policy.allowsRemoteImages:
            return Diagnostic.Problem("loads from another host, which would learn who reads the report",
                                      hint: "put the image beside the report, or allow remote images with 'remote-images: true' in site.yml")
        case .success(let address) where address.scheme == "http":
            return Diagnostic.Problem("is not https", hint: "write the https:// address of the image")
        case .success:
            return nil
        }
    }

    private static func rawHTML(_ line: Int, _ column: Int, _ allowed: Bool) -> MarkdownFinding {
        MarkdownFinding(line: line, column: column, message: "raw HTML is omitted from the report",
                        hint: allowed ? "only bare inline tags such as <sup> or <br> are kept, without attributes"
                                      : "write Markdown instead; an article may keep bare inline tags with 'allow-raw-html: true'")
    }

    /// The first `<` that starts something tag-like (`<img`, `</b`, `<!--`, `<?`) in text cmark did not read
    /// as HTML — usually an unfinished tag — with its offset in characters; nil when there is none.
    static func htmlLookingText(_ text: String) -> (text: String, offset: Int)? {
        // Asked of every text node of every body: most have no '<' at all, and need no array of their scalars.
        guard text.utf8.contains(UInt8(ascii: "<")) else { return nil }
        let scalars = Array(text.unicodeScalars)
        for index in scalars.indices where scalars[index] == "<" && index + 1 < scalars.count {
            var next = scalars[index + 1]
            if next == "/", index + 2 < scalars.count { next = scalars[index + 2] }
            guard ("a"..."z").contains(next) || ("A"..."Z").contains(next) || next == "!" || next == "?" else { continue }
            let end = scalars[index...].prefix { !$0.properties.isWhitespace && $0 != ">" }.count
            let shown = String(String.UnicodeScalarView(scalars[index..<min(index + max(end, 2), index + 24)]))
            return (shown, index)
        }
        return nil
    }

    static func isAllowedTag(_ literal: String) -> Bool {
        var tag = literal.trimmingCharacters(in: .whitespaces)
        guard tag.hasPrefix("<"), tag.hasSuffix(">") else { return false }
        tag = String(tag.dropFirst().dropLast())
        if tag.hasPrefix("/") { tag.removeFirst() }
        if tag.hasSuffix("/") { tag.removeLast() }
        tag = tag.trimmingCharacters(in: .whitespaces)
        return allowedInlineTags.contains(tag.lowercased())
    }

    /// Headings one level down, because the page around the text already has its own `h1`. For the article, which
    /// stands alone under that `h1` (`highestAtTwo`), its highest heading becomes an `h2` and the others keep their
    /// distance to it: an article whose sections start at `##` gets no gap from `h1` to `h3`. A fragment sits inside a
    /// section of its page, so its levels are kept one down, as written.
    private static func shiftHeadingLevels(_ document: OpaquePointer, highestAtTwo: Bool = false) {
        var headings: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
            headings.append(node)
        }
        guard let highest = headings.map({ cmark_node_get_heading_level($0) }).min() else { return }
        let shift = highestAtTwo ? 2 - highest : 1
        for node in headings {
            cmark_node_set_heading_level(node, min(6, cmark_node_get_heading_level(node) + shift))
        }
    }

    /// A code block with highlighted passages: a block that cannot hold inline nodes, so it is replaced by the same
    /// `<pre><code>` cmark writes (the info string's first word as `language-…`), with the marks inside, escaped.
    private static func highlightCodeBlock(_ node: OpaquePointer, scalars: [Unicode.Scalar], plan: [HighlightPlan.Piece],
                                           highlight: PassageMarkup) {
        let escape = { (scalars: ArraySlice<Unicode.Scalar>) in HTMLEscaping.escape(String(String.UnicodeScalarView(scalars))) }
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) }?.split(separator: " ").first.map(String.init) ?? ""
        var html = info.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(HTMLEscaping.escape(info))\">"
        var position = 0
        for piece in plan {
            html += escape(scalars[position..<piece.start])
            var text = escape(scalars[piece.start..<piece.end])
            for passage in piece.passages.reversed() {
                text = highlight.open(passage, piece.startsPassages.contains(passage)) + text + "</mark>"
            }
            html += text + piece.endsPassages.map(highlight.after).joined()
            position = piece.end
        }
        html += escape(scalars[position...]) + "</code></pre>\n"
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(block, html)
        cmark_node_insert_before(node, block)
        cmark_node_free(node)
    }

    private static func newText(_ text: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(node, text)
        return node
    }

    private static func literal(_ html: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        cmark_node_set_on_enter(node, html)
        return node
    }

    private static func wrap(_ child: OpaquePointer, open: String, close: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        cmark_node_set_on_enter(node, open)
        cmark_node_set_on_exit(node, close)
        cmark_node_append_child(node, child)
        return node
    }
}

/// The HTML a highlight is made of: supplied by the page, inserted verbatim, so it must be escaped already.
public struct PassageMarkup: Sendable {
    /// The opening tag of a highlighted piece; `isFirst` for the piece that carries the anchor.
    public var open: @Sendable (_ passageID: PassageID, _ isFirst: Bool) -> String
    /// What follows a passage's last piece (links back to what cites it).
    public var after: @Sendable (_ passageID: PassageID) -> String

    public init(open: @escaping @Sendable (PassageID, Bool) -> String, after: @escaping @Sendable (PassageID) -> String) {
        self.open = open
        self.after = after
    }
}

/// What a Markdown text may keep: the article's raw inline tags when it allows them, and remote images when
/// `site.yml` does.
public struct MarkdownPolicy: Sendable, Hashable {
    public var allowsRawHTML: Bool
    public var allowsRemoteImages: Bool

    public init(allowsRawHTML: Bool = false, allowsRemoteImages: Bool = false) {
        self.allowsRawHTML = allowsRawHTML
        self.allowsRemoteImages = allowsRemoteImages
    }
}

/// Something sanitising removed from Markdown, placed within that Markdown text (1-based): a diagnostic once its
/// caller adds where the text starts in its file.
public struct MarkdownFinding: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var problem: Diagnostic.Problem

    public init(line: Int, column: Int, message: String, hint: String) {
        self.line = line
        self.column = column
        self.problem = Diagnostic.Problem(message, hint: hint)
    }

    public var message: String { problem.message }

    /// The diagnostic, for a text whose first line is line `line` of `file`.
    public func located(in file: String, startingAt line: Int) -> Diagnostic {
        Diagnostic(.warning, at: SourceLocation(file: file, line: line + self.line - 1, column: column), problem)
    }
}
