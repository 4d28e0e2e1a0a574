import AssayCore

/// A tiny report that takes every branch the pages have: ties, a discordant pair, a veto the author
/// ranks, an option that cannot be scored, an unacceptable option that passes, an actor with a stated
/// ranking but no criteria. Its page contexts hold every key a template can use, even keys that the
/// real content leaves out because, say, no option there is incomplete.
enum VocabularySpecimen {
    static func keys() -> Set<String> {
        guard let model = model() else { return [] }
        let runs = [ArticleText.Run("Alpha beta gamma delta.", startsBlock: true)]
        let passages = PassageAnchor.anchor(model, in: ArticleText(runs: runs)).passages
        let report = ReportContext(model: model, passages: passages, evaluation: ReportEvaluator.evaluate(model, draws: 50))
        var keys: Set<String> = []
        for spec in report.pageSpecs(articleHTML: "") { TemplateVariables.vocabulary(of: spec.context, into: &keys) }
        return keys
    }

    private static func model() -> ReportModel? {
        var files: [String: String] = [
            "article.md": "---\ntitle: T\nauthor: A\noutlet: O\ndate: D\nurl: https://example.org\n---\nAlpha beta gamma delta.\n",
            "actors/a.md": "---\nname: A\ndescription: a\n---\nBody.\n",
            "actors/b.md": "---\nname: B\ndescription: b\n---\n",
            "criteria/r.md": "---\nactor: a\nkind: red-line\ntitle: R\ncites: [Alpha]\n---\nWhy.\n",
            "rankings/a.md": "---\nactor: a\norder: [o3, o1, o2, o4, o5]\nunacceptable: [o6]\ncites: [beta]\n---\nNotes.\n",
            "rankings/b.md": "---\nactor: b\norder: [o1]\nunacceptable: [o2]\ncites: [gamma]\n---\nNotes.\n",
        ]
        for name in ["p", "q"] {
            files["criteria/\(name).md"] = "---\nactor: a\nkind: preference\ntitle: \(name)\nweight: 1\nscale:\n  - level: lo\n    value: 0\n  - level: hi\n    value: 1\ninference: true\n---\n"
        }
        let levels: [(String, Bool, String?, String?)] = [
            ("o1", false, "hi", "lo"), ("o2", false, "lo", "hi"), ("o3", false, "lo", "lo"),
            ("o4", true, "hi", "hi"), ("o5", false, "hi", nil), ("o6", false, "lo", "lo"),
        ]
        for (option, crosses, p, q) in levels {
            files["options/\(option).md"] = "---\ntitle: \(option)\nsummary: s\ninference: true\n---\nBody.\n"
            files["assessments/\(option)--r.md"] = "---\noption: \(option)\ncriterion: r\ncrosses: \(crosses)\nconfidence: low\ncites: [delta]\n---\nWhy.\n"
            for (criterion, level) in [("p", p), ("q", q)] {
                guard let level else { continue }
                files["assessments/\(option)--\(criterion).md"] = "---\noption: \(option)\ncriterion: \(criterion)\nlevel: \(level)\nconfidence: high\ninference: true\n---\nWhy.\n"
            }
        }
        let parsed = ContentParser.parse(files.map { ContentFile(relativePath: $0.key, text: $0.value) })
        return ModelValidator.validate(parsed.content).model
    }
}
