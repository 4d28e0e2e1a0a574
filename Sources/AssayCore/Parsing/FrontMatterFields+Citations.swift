extension FrontMatterFields {
    static let citationKeys = ["exact", "prefix", "suffix", "id", "reworded"]

    /// The `cites:` list: each item either the exact quote as text, or a mapping with
    /// `exact` and optional `prefix`, `suffix` and `id`.
    mutating func citations(_ key: String = "cites") -> [Citation]? {
        guard let items = list(key) else { return nil }
        var result: [Citation] = []
        for item in items {
            switch item.value {
            case .scalar:
                if let exact = text(item, key: "exact") {
                    result.append(Citation(selector: QuoteSelector(exact: exact), location: place(of: item)))
                }
            case .mapping(let mapping):
                // `- the site: by the road` is a quote with ': ' in it, which YAML reads as a key and its value.
                if mapping.count == 1, let key = mapping[0].key.scalar, key.style == .plain, !Self.citationKeys.contains(key.string),
                   let value = mapping[0].value.scalar, value.style == .plain {
                    let quote = key.string + ": " + value.string
                    report(.error(at: place(of: item), "the quote contains ': ', which YAML reads as a key and its value",
                                  hint: "put the quote in double quotes: - \(YAMLQuote.quoted(quote))"))
                    continue
                }
                result.append(contentsOf: citation(from: mapping, at: place(of: item)).map { [$0] } ?? [])
            default:
                report(.error(at: place(of: item), "a citation must be a quote or a set of 'exact', 'prefix' and 'suffix'",
                              hint: "write '- \"the exact words\"' or '- exact: \"the exact words\"'"))
            }
        }
        return result
    }

    private mutating func citation(from mapping: [YAMLPair], at location: SourceLocation) -> Citation? {
        var exact: (String, SourceLocation)?
        var prefix: String?
        var suffix: String?
        var id: String?
        var rewording: Citation.Rewording?
        var keys: Set<String> = []
        for pair in mapping {
            let (keyNode, value) = (pair.key, pair.value)
            let key = keyNode.scalar?.string ?? ""
            keys.insert(key)
            // Quote fragments keep their spaces: a prefix often ends in one.
            switch key {
            case "exact": if let text = quoteText(value, key: key) { exact = (text, place(of: value)) }
            case "prefix": prefix = quoteText(value, key: key)
            case "suffix": suffix = quoteText(value, key: key)
            case "id":
                if let text = text(value, key: key) {
                    if Identifier.isValid(text) {
                        id = text
                    } else {
                        report(.error(at: place(of: value), "'\(text)' is not a valid passage id", hint: Identifier.hint))
                    }
                }
            case "reworded": rewording = self.rewording(value)
            default:
                report(.error(at: place(of: keyNode), "unknown citation key '\(key)'",
                              hint: Suggestion.hint(for: key, among: Self.citationKeys, noun: "citation key")))
            }
        }
        guard let exact else {
            if keys.contains("exact") { return nil }
            report(.error(at: location, "the citation has no 'exact' quote", hint: "add 'exact: \"the words quoted\"'"))
            return nil
        }
        return Citation(selector: QuoteSelector(exact: exact.0, prefix: prefix, suffix: suffix),
                        explicitID: id.map { PassageID($0) }, rewording: rewording, location: exact.1)
    }

    /// `reworded: {on: 2026-12-04, was: "the words quoted before"}`, as `assay reanchor --write` adds it.
    private mutating func rewording(_ node: YAMLNode) -> Citation.Rewording? {
        let hint = "write 'reworded: {on: YYYY-MM-DD, was: \"the words quoted before\"}', or remove it to confirm the new quote"
        guard case .mapping(let pairs) = node.value else {
            report(.error(at: place(of: node), "'reworded' must be a set of 'on' and 'was'", hint: hint))
            return nil
        }
        var date: String?, was: String?
        for pair in pairs {
            switch pair.key.scalar?.string ?? "" {
            case "on":
                if let text = text(pair.value, key: "on") {
                    if RevisionDate.isValid(text) { date = text } else {
                        report(.error(at: place(of: pair.value), "'\(text)' is not a day", hint: "write the day as YYYY-MM-DD"))
                    }
                }
            case "was": was = quoteText(pair.value, key: "was")
            case let key:
                report(.error(at: place(of: pair.key), "unknown key '\(key)' in 'reworded'",
                              hint: Suggestion.hint(for: key, among: ["on", "was"], noun: "key")))
            }
        }
        guard let date, let was else {
            if pairs.count == 2 { return nil }
            report(.error(at: place(of: node), "'reworded' needs both 'on' and 'was'", hint: hint))
            return nil
        }
        return Citation.Rewording(date: date, was: was)
    }

    private mutating func quoteText(_ node: YAMLNode, key: String) -> String? {
        guard let scalar = node.scalar else { return text(node, key: key) }
        if scalar.string.allSatisfy(\.isWhitespace) {
            report(.error(at: place(of: node), "'\(key)' must not be empty", hint: "quote at least one word of the article"))
            return nil
        }
        return scalar.string
    }

    /// The citations and the inference flag. Citing nothing without `inference: true` is not an error here:
    /// `EvidenceLint` warns about it, and `--strict` turns the warning into an error.
    mutating func evidence() -> (citations: [Citation], isInference: Bool) {
        let isInference = bool("inference") ?? false
        return (citations() ?? [], isInference)
    }
}
