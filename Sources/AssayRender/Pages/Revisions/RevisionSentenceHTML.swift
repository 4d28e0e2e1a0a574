import AssayCore

/// A sentence of `RevisionChanges` as HTML: options, criteria and actors that still exist link to their pages,
/// and a quote that is still cited links to its place in the article. Every text is escaped.
struct RevisionSentenceHTML {
    let model: ReportModel
    let history: RevisionHistory
    /// Passage ids by their text, for quotes still cited.
    let passageByText: [String: PassageID]

    init(report: ReportContext, history: RevisionHistory) {
        model = report.model
        self.history = history
        passageByText = Dictionary(report.passages.passages.map { ($0.text, $0.id) }, uniquingKeysWith: { first, _ in first })
    }

    /// - Parameter prefix: the way from the page to the site's root.
    func html(_ segments: [RevisionChanges.Segment], prefix: String) -> String {
        segments.map { segment in
            switch segment {
            case .text(let text):
                return HTMLEscaping.escape(text)
            case .option(let id):
                return link(history.title(id), to: model.option(id) != nil ? PagePaths.option(id) : nil, prefix: prefix)
            case .criterion(let id):
                return link(history.title(id), to: model.criterion(id) != nil ? PagePaths.criterion(id) : nil, prefix: prefix)
            case .actor(let id):
                return link(history.title(id), to: model.actor(id) != nil ? PagePaths.actor(id) : nil, prefix: prefix)
            case .quote(let text):
                let quote = "<q>\(HTMLEscaping.escape(text))</q>"
                guard let id = passageByText[text] else { return quote }
                return "<a href=\"\(HTMLEscaping.escape(prefix + PagePaths.passage(id)))\">\(quote)</a>"
            }
        }.joined()
    }

    private func link(_ title: String, to path: String?, prefix: String) -> String {
        guard let path else { return HTMLEscaping.escape(title) }
        return "<a href=\"\(HTMLEscaping.escape(prefix + path))\">\(HTMLEscaping.escape(title))</a>"
    }
}
