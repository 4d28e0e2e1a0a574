import AssayTemplates

extension Field {
    /// The same field, read through `get` from a model that holds this one: lets a model show a link's fields
    /// (`title`, `href`) as its own, as the templates expect of an entry that is a link plus a few facts.
    func through<Outer>(_ get: @escaping @Sendable (Outer) -> Model) -> Field<Outer> {
        let read = self.get
        return Field<Outer>(name, kind: kind) { read(get($0)) }
    }
}

extension Array {
    /// Every field of a held model, read through `get`.
    func through<Model, Outer>(_ get: @escaping @Sendable (Outer) -> Model) -> [Field<Outer>] where Element == Field<Model> {
        map { $0.through(get) }
    }
}

/// A site-relative path, or a fragment of the page itself: the fragment is written as it is, the path after the
/// page's link prefix.
enum Href: Sendable {
    case path(String)
    case verbatim(String)

    var value: TemplateValue {
        switch self {
        case .path(let path): .link(path)
        case .verbatim(let text): .text(text)
        }
    }
}

/// A line of text in a list (`{{#notes}}{{text}}{{/notes}}`).
struct TextItem: TemplateModel {
    var text: String
    static let schema = ModelSchema<TextItem>("TextItem", [.text("text") { $0.text }])
}
