/// Rewrites `cites:` entries in an annotation file's text, touching nothing but the quote: the rest of the file keeps
/// its bytes, comments and layout. Written for the forms `assay` documents; anything else is refused, never guessed.
public enum CitationRewriter {
    /// One citation to rewrite: where its `exact` quote is written (as `Citation.location` gives it), what it was,
    /// and what it becomes.
    public struct Edit: Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var old: QuoteSelector
        public var new: QuoteSelector
        /// Added when the words changed, so the judgement shows it rests on reworded evidence until confirmed.
        public var rewording: Citation.Rewording?

        public init(line: Int, column: Int, old: QuoteSelector, new: QuoteSelector, rewording: Citation.Rewording?) {
            self.line = line
            self.column = column
            self.old = old
            self.new = new
            self.rewording = rewording
        }
    }

    /// Why an edit cannot be made by rewriting the text in place.
    public struct Refusal: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var reason: String
    }

    /// The text with every edit made, from the last to the first so earlier places stay right.
    public static func rewrite(_ text: String, _ edits: [Edit]) -> Result<String, Refusal> {
        var lines = text.components(separatedBy: "\n").map { Array($0.unicodeScalars) }
        for edit in edits.sorted(by: { ($0.line, $0.column) > ($1.line, $1.column) }) {
            guard edit.line >= 1, edit.line <= lines.count else { return .failure(Refusal(line: edit.line, column: edit.column, reason: "no such line")) }
            switch rewrite(&lines[edit.line - 1], edit) {
            case .failure(let refusal): return .failure(refusal)
            case .success(let added):
                lines.insert(contentsOf: added, at: edit.line)
            }
        }
        return .success(lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n"))
    }

    /// Rewrites one line; returns the lines to insert after it (the keys a block mapping gains).
    private static func rewrite(_ line: inout [Unicode.Scalar], _ edit: Edit) -> Result<[[Unicode.Scalar]], Refusal> {
        let refuse = { (reason: String) in Result<[[Unicode.Scalar]], Refusal>.failure(Refusal(line: edit.line, column: edit.column, reason: reason)) }
        let start = edit.column - 1
        guard start >= 0, start < line.count, let end = scalarEnd(line, from: start) else { return refuse("the quote is not a one-line scalar") }
        let quoted = { (text: String) in YAMLQuote.quoted(text) }
        var keys: [String] = []
        if let prefix = edit.new.prefix, prefix != edit.old.prefix { keys.append("prefix: " + quoted(prefix)) }
        if let rewording = edit.rewording { keys.append("reworded: {on: \(rewording.date), was: \(quoted(rewording.was))}") }
        // A prefix or suffix already written cannot be changed here: it is another key of the entry.
        if (edit.old.prefix != nil || edit.old.suffix != nil) && (edit.new.prefix != edit.old.prefix || edit.new.suffix != edit.old.suffix) {
            return refuse("the citation's prefix or suffix would change")
        }
        var before = start - 1
        while before >= 0 && line[before] == " " { before -= 1 }
        let replacement: String
        var added: [[Unicode.Scalar]] = []
        if before >= 0 && (line[before] == "-" || line[before] == "[" || line[before] == ",") && !isAfterKey(line, before) {
            // The quote alone, as a list item: it becomes a flow mapping when it gains keys.
            replacement = keys.isEmpty ? quoted(edit.new.exact) : "{exact: " + ([quoted(edit.new.exact)] + keys).joined(separator: ", ") + "}"
        } else if before >= 0 && line[before] == ":", let key = keyStart(line, colon: before), String(String.UnicodeScalarView(line[key..<before])) == "exact" {
            var opener = key - 1
            while opener >= 0 && line[opener] == " " { opener -= 1 }
            if opener >= 0 && (line[opener] == "{" || line[opener] == ",") {
                replacement = ([quoted(edit.new.exact)] + keys).joined(separator: ", ")
            } else {
                // A block mapping: its other keys go on lines of their own, at the column of `exact`.
                replacement = quoted(edit.new.exact)
                added = keys.map { Array(String(repeating: " ", count: key).unicodeScalars) + Array($0.unicodeScalars) }
            }
        } else {
            return refuse("the quote is written in a form reanchor does not rewrite")
        }
        line.replaceSubrange(start..<end, with: Array(replacement.unicodeScalars))
        return .success(added)
    }

    /// Whether a `,` or `-` belongs to a flow mapping's key (`{exact: …`) rather than a list: never for `-`.
    private static func isAfterKey(_ line: [Unicode.Scalar], _ index: Int) -> Bool {
        guard line[index] == "," else { return false }
        // Inside `{…}` (a flow mapping) a comma precedes a key, not a quote.
        var depth = 0
        for scalar in line[..<index].reversed() {
            if scalar == "}" || scalar == "]" { depth += 1 }
            if scalar == "{" || scalar == "[" {
                if depth == 0 { return scalar == "{" }
                depth -= 1
            }
        }
        return false
    }

    /// The start of the key that ends at the colon `colon`.
    private static func keyStart(_ line: [Unicode.Scalar], colon: Int) -> Int? {
        var index = colon
        while index > 0 && (line[index - 1].properties.isAlphabetic || line[index - 1] == "-") { index -= 1 }
        return index < colon ? index : nil
    }

    /// Where the scalar starting at `start` ends on its line: a closing quote, or a plain scalar's last character
    /// before a comment or (in a flow collection) a separator.
    private static func scalarEnd(_ line: [Unicode.Scalar], from start: Int) -> Int? {
        switch line[start] {
        case "\"":
            var index = start + 1
            while index < line.count {
                if line[index] == "\\" { index += 2; continue }
                if line[index] == "\"" { return index + 1 }
                index += 1
            }
            return nil
        case "'":
            var index = start + 1
            while index < line.count {
                if line[index] == "'" {
                    if index + 1 < line.count && line[index + 1] == "'" { index += 2; continue }
                    return index + 1
                }
                index += 1
            }
            return nil
        default:
            let inFlow = line[..<start].contains { $0 == "[" || $0 == "{" }
            var index = start
            while index < line.count {
                if line[index] == "#" && index > start && line[index - 1] == " " { break }
                if inFlow && (line[index] == "," || line[index] == "]" || line[index] == "}") { break }
                index += 1
            }
            while index > start && line[index - 1] == " " { index -= 1 }
            return index
        }
    }
}
