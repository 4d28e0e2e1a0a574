import AssayTemplates

/// Small typed models for the binding tests.
struct Common: TemplateModel {
    var siteName: String
    var year: Int
    static let schema = ModelSchema<Common>("Common", [
        .text("siteName") { $0.siteName },
        .int("year") { $0.year },
    ])
}

struct Evidence: TemplateModel {
    var title: String
    var url: String
    var score: Int
    var notes: [String]
    static let schema = ModelSchema<Evidence>("Evidence", [
        .text("title") { $0.title },
        .link("url") { $0.url },
        .int("score") { $0.score },
        .texts("notes") { $0.notes },
    ])
}

struct OptionPage: TemplateModel {
    var name: String
    var isNew: Bool
    var evidence: [Evidence]
    var best: Evidence?
    var extra: [String: TemplateValue]
    static let schema = ModelSchema<OptionPage>("OptionPage", [
        .text("name") { $0.name },
        .bool("isNew") { $0.isNew },
        .list("evidence") { $0.evidence },
        .model("best") { $0.best },
        Field("extra", kind: .dynamic) { .object($0.extra) },
    ])
}

/// The frame a layout gets on top of the page frames: the page body, already rendered.
struct LayoutContent: TemplateModel {
    var content: String
    var title: String
    static let schema = ModelSchema<LayoutContent>("LayoutContent", [
        .text("content") { $0.content },
        .text("title") { $0.title },
    ])
}

enum Fixtures {
    static let common = Common(siteName: "Assay & Co", year: 2026)
    static let page = OptionPage(
        name: "Vitamin <D>",
        isNew: true,
        evidence: [
            Evidence(title: "Trial A", url: "evidence/a.html", score: 3, notes: ["n1", "n2"]),
            Evidence(title: "Trial \"B\"", url: "evidence/b.html", score: -12, notes: []),
        ],
        best: Evidence(title: "Meta-analysis", url: "evidence/m.html", score: 9, notes: []),
        extra: ["colour": .text("blue"), "nested": .object(["size": .int(4)])])
    static let kinds: [FieldKind] = [.model(Common.schema.shape), .model(OptionPage.schema.shape)]
    static let stack: [TemplateValue] = [.model(common), .model(page)]
}
