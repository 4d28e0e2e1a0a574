import AssayTemplates

/// What the what-if panel computes from: one actor's criteria and every option's levels on them, as JSON safe to
/// embed in a `<script type="application/json">` block. Paths in it start from the site's root; `root` is the
/// way there from the page.
struct WhatIfPiece: TemplateModel {
    var json: String
    /// In a shortened ranking, how many entries of each list the panel shows; nil: all of them.
    var limit: Int?

    static let schema = ModelSchema<WhatIfPiece>("WhatIf", [
        .text("json") { $0.json }, .link("root") { _ in "" },
        .bool("hasLimit") { $0.limit != nil }, .int("limit") { $0.limit ?? 0 },
    ])
}
