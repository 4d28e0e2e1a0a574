import Foundation

/// Resolves every citation's quote to exactly one place in the article.
public enum PassageAnchor {
    public static func anchor(_ model: ReportModel, in text: ArticleText) -> (passages: AnchoredPassages, diagnostics: [Diagnostic]) {
        let folded = FoldedArticle(text)
        let runScalars = text.runs.map { Array($0.text.unicodeScalars) }
        var diagnostics: [Diagnostic] = []
        var byRange: [Range<Int>: Passage] = [:]
        var rangeOfCitation: [SourceLocation: Range<Int>] = [:]
        var explicitIDRanges: [PassageID: (Range<Int>, SourceLocation)] = [:]
        var citersByRange: [Range<Int>: Set<Citer>] = [:]

        // Finding each quote is independent and the costly part: done on every core, then merged in order.
        let citations = model.allCitations
        let located = Parallel.map(Array(citations.indices)) { locate(citations[$0].citation.selector, in: folded) }
        rangeOfCitation.reserveCapacity(citations.count)
        for ((citer, citation), found) in zip(citations, located) {
            let range: Range<Int>
            switch found {
            case .success(let found): range = found
            case .failure(let problem):
                diagnostics.append(problem.diagnostic(for: citation, in: folded))
                continue
            }
            if let id = citation.explicitID {
                if let (other, location) = explicitIDRanges[id], other != range {
                    diagnostics.append(.error(at: citation.location, "the passage id '\(id)' already names another quote",
                                              hint: "it is used at \(location); give this quote its own id"))
                    continue
                }
                explicitIDRanges[id] = (range, citation.location)
            }
            rangeOfCitation[citation.location] = range
            if let existing = byRange[range]?.id {
                if let id = citation.explicitID, existing != id {
                    if existing.rawValue.hasPrefix("p-") { byRange[range]!.id = id } else {
                        diagnostics.append(.error(at: citation.location, "this quote already has the passage id '\(existing)'",
                                                  hint: "use 'id: \(existing)' here too, or drop the id"))
                    }
                }
                // In place, and with a set beside the list: a passage quoted by thousands of assessments must not cost
                // a copy or a scan of its citers for each of them.
                if citersByRange[range, default: []].insert(citer).inserted { byRange[range]!.citers.append(citer) }
            } else {
                citersByRange[range] = [citer]
                let around = surroundings(of: range, folded, runScalars)
                byRange[range] = Passage(
                    id: citation.explicitID ?? derivedID(for: citation.selector), selector: citation.selector,
                    words: Passage.Words(text: originalText(range, folded, runScalars), before: around.before, after: around.after),
                    spans: spans(range, folded), range: range, citers: [citer])
            }
        }
        // Derived ids of different quotes could in principle collide; keep the first and report the second.
        var passages = byRange.values.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var seen: [PassageID: Int] = [:]
        for index in passages.indices {
            passages[index].citers.sort()
            if let first = seen[passages[index].id] {
                let location = rangeOfCitation.first { $0.value == passages[index].start..<passages[index].end }?.key
                diagnostics.append(.error(at: location ?? model.article.location,
                                          "two different quotes share the passage id '\(passages[index].id)'",
                                          hint: "give one of them its own 'id:' (the other starts at article offset \(passages[first].start))"))
            }
            seen[passages[index].id] = index
        }
        // Ids may have been renamed after a citation resolved: map through the final passages.
        var passageIDs: [SourceLocation: PassageID] = [:]
        for (location, range) in rangeOfCitation { passageIDs[location] = byRange[range]?.id }
        return (AnchoredPassages(passages: passages, passageIDs: passageIDs, articleLength: folded.scalars.count), diagnostics)
    }

    /// `p-` and the quote's first words, then a checksum of the whole selector.
    public static func derivedID(for selector: QuoteSelector) -> PassageID {
        let words = Identifier.slug(selector.exact.split(separator: " ").prefix(5).joined(separator: " "), maxLength: 32)
        var hash: UInt32 = 2_166_136_261
        let key = [selector.prefix ?? "", selector.exact, selector.suffix ?? ""]
            .map { String(String.UnicodeScalarView(TextFolding.fold($0))) }.joined(separator: "\u{1F}")
        for byte in key.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let checksum = String(hash, radix: 16).leftPadded(to: 8).prefix(6)
        return PassageID("p-" + (words.isEmpty ? "" : words + "-") + checksum)
    }

    // MARK: Matching

    enum Problem: Error {
        case notFound(nearest: NearMiss?)
        case ambiguous(at: [Int], length: Int)
        case empty
    }

    static func locate(_ selector: QuoteSelector, in folded: FoldedArticle) -> Result<Range<Int>, Problem> {
        let exact = TextFolding.fold(selector.exact)
        guard !exact.isEmpty else { return .failure(.empty) }
        var found = folded.occurrences(of: exact)
        guard !found.isEmpty else {
            return .failure(.notFound(nearest: NearMiss.find(exact, in: folded.scalars)))
        }
        if let prefix = selector.prefix.map(TextFolding.fold), !prefix.isEmpty {
            found = found.filter { folded.isPreceded(at: $0, by: prefix) }
        }
        if let suffix = selector.suffix.map(TextFolding.fold), !suffix.isEmpty {
            found = found.filter { folded.isFollowed(at: $0 + exact.count, by: suffix) }
        }
        switch found.count {
        case 1: return .success(found[0]..<found[0] + exact.count)
        case 0: return .failure(.notFound(nearest: nil))
        default: return .failure(.ambiguous(at: found, length: exact.count))
        }
    }

    /// The article's own text right before and after a passage (32 folded characters each way): what a passage
    /// records of its place, and what re-anchoring compares.
    static func surroundings(of range: Range<Int>, _ folded: FoldedArticle, _ runs: [[Unicode.Scalar]]) -> (before: String, after: String) {
        (originalText(max(0, range.lowerBound - 32)..<range.lowerBound, folded, runs),
         originalText(range.upperBound..<min(folded.scalars.count, range.upperBound + 32), folded, runs))
    }

    static func originalText(_ range: Range<Int>, _ folded: FoldedArticle, _ runs: [[Unicode.Scalar]]) -> String {
        var view = String.UnicodeScalarView()
        for index in range {
            if let origin = folded.origins[index], folded.scalars[index] != " " {
                view.append(runs[origin.run][origin.offset])
            } else {
                view.append(" ")
            }
        }
        return String(view)
    }

    private static func spans(_ range: Range<Int>, _ folded: FoldedArticle) -> [Passage.Span] {
        var spans: [Passage.Span] = []
        for index in range {
            guard let origin = folded.origins[index] else { continue }
            if var last = spans.last, last.run == origin.run {
                last.end = origin.offset + 1
                spans[spans.count - 1] = last
            } else {
                spans.append(Passage.Span(run: origin.run, start: origin.offset, end: origin.offset + 1))
            }
        }
        return spans
    }
}

extension PassageAnchor.Problem {
    func diagnostic(for citation: Citation, in folded: FoldedArticle) -> Diagnostic {
        let quote = citation.selector.exact
        switch self {
        case .empty:
            return .error(at: citation.location, "the quote is empty", hint: "quote at least one word of the article")
        case .notFound(let miss?):
            // Shown where the quote departs from the article, not cut short: a slip late in a long quote must show.
            let exact = TextFolding.fold(quote)
            let which = miss.fromStart ? "it matches for its first \(miss.matched) characters, then reads"
                : "it matches for its last \(miss.matched) characters, but before them reads"
            return .error(at: citation.location, "the quote is not in the article: \(which) \"\(NearMiss.window(exact, at: miss.quoteDifference))\"",
                          hint: "where the article reads \"\(NearMiss.window(folded.scalars, at: miss.articleDifference))\"")
        case .notFound(nil):
            if citation.selector.prefix != nil || citation.selector.suffix != nil {
                return .error(at: citation.location, "the quote is in the article, but not with this prefix or suffix: \"\(quote.abbreviated)\"",
                              hint: "check 'prefix' and 'suffix' against the article; they must be the words right before and after the quote")
            }
            return .error(at: citation.location, "the quote is not in the article: \"\(quote.abbreviated)\"",
                          hint: "copy the words from the article; quotes are matched exactly, apart from white space, quote marks and dashes")
        case .ambiguous(let starts, let length):
            let first = starts[0]
            let before = folded.text(max(0, first - 30)..<first).trimmingLeadingPartialWord
                .trimmingCharacters(in: .whitespaces)
            return .error(at: citation.location, "the quote occurs \(starts.count) times in the article: \"\(quote.abbreviated)\"",
                          hint: "add a 'prefix' or 'suffix' to pick one, e.g. prefix: \(YAMLQuote.quoted(before)) for the first (\(length) characters each)")
        }
    }
}

extension String {
    /// At most about 80 characters, for messages.
    var abbreviated: String {
        count <= 80 ? self : String(prefix(77)) + "…"
    }

    fileprivate var trimmingLeadingPartialWord: String {
        guard let space = firstIndex(of: " ") else { return self }
        return String(self[index(after: space)...])
    }

    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
