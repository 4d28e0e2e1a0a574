import AssayTemplates

/// The option × criterion matrix of one actor: a heat map (its links made for one page depth), its legend and the
/// same data as a table.
struct MatrixPiece: TemplateModel {
    var svg: String
    var columns: [MatrixColumn]
    var rows: [MatrixRow]

    static let schema = ModelSchema<MatrixPiece>("Matrix", [
        .text("svg") { $0.svg }, .list("columns") { $0.columns }, .list("rows") { $0.rows },
    ])
}

struct MatrixColumn: TemplateModel {
    var criterion: CriterionLink
    var code: String

    static let schema = ModelSchema<MatrixColumn>("MatrixColumn", CriterionLink.fields.through { $0.criterion } + [
        .text("code") { $0.code },
    ])
}

struct MatrixRow: TemplateModel {
    var option: OptionLink
    var code: String
    var cells: [MatrixCell]

    static let schema = ModelSchema<MatrixRow>("MatrixRow", OptionLink.fields.through { $0.option } + [
        .text("code") { $0.code }, .list("cells") { $0.cells },
    ])
}

struct MatrixCell: TemplateModel {
    var text: String
    var path: String?

    static let schema = ModelSchema<MatrixCell>("MatrixCell", [
        .text("text") { $0.text }, Field("href", kind: .scalar) { $0.path.map { .link($0) } ?? .text("") },
        .bool("hasLink") { $0.path != nil },
    ])
}
