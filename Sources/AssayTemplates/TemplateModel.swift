/// What a template reads: a typed model (its fields known at load time), a list, a scalar, or a dynamic
/// object whose names are looked up while rendering (the Mustache spec's JSON data, user checks).
public enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    /// Text: `{{name}}` escapes it, `{{{name}}}` and `{{& name}}` do not.
    case text(String)
    /// A path relative to the site's root (`options/x.html`): written after the render's link prefix, so that one
    /// model serves pages at any depth (prefix "" at the root, "../" one folder down, or a base URL). Escaped like
    /// text by `{{name}}`. Renders need the prefix: `BoundTemplate.render(stack:linkPrefix:into:)` and
    /// `TemplateLibrary.render(_:stack:linkPrefix:into:)` take it (default "" where a default makes sense); in a
    /// section it is truthy like non-empty text.
    case link(String)
    /// UTF-8 text already in bytes, such as a page's rendered HTML placed in its layout: written as it is by
    /// `{{{name}}}`, escaped by `{{name}}`, without ever becoming a `String`.
    case bytes([UInt8])
    /// Bytes written by a closure at the moment the value is rendered: a page's HTML rendered straight into its
    /// layout's buffer where the layout says `{{{content}}}`, never held apart.
    case producer(TemplateProducer)
    case list(any TemplateList)
    case model(any TemplateModel)
    /// A dynamic object: names resolved at render time by key.
    case object([String: TemplateValue])

    /// A dynamic list of values.
    public static func array(_ values: [TemplateValue]) -> TemplateValue { .list(ValueList(values)) }
}

/// Writes UTF-8 bytes into the buffer being rendered.
public struct TemplateProducer: Sendable {
    public let write: @Sendable (inout [UInt8]) -> Void
    public init(_ write: @escaping @Sendable (inout [UInt8]) -> Void) { self.write = write }
}

/// What a field holds, as far as binding a template needs to know.
public indirect enum FieldKind: Sendable {
    /// Text, a number or a flag: a leaf with no fields of its own.
    case scalar
    /// A typed model (or nothing, when optional).
    case model(ModelShape)
    /// A list whose elements are of the given kind.
    case list(FieldKind)
    /// Unknown until rendering: names below it are looked up by key.
    case dynamic
}

/// The fields of a model type, by name, in a fixed order: a template is bound to it once, at load time.
public final class ModelShape: Sendable {
    /// The model type's name, for diagnostics (`OptionPage`).
    public let name: String
    public let fieldNames: [String]
    public let fieldKinds: [FieldKind]
    public let index: [String: Int]

    public init(name: String, fields: [(String, FieldKind)]) {
        self.name = name
        self.fieldNames = fields.map(\.0)
        self.fieldKinds = fields.map(\.1)
        self.index = Dictionary(fields.enumerated().map { ($1.0, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A model type's shape and how to read each of its fields.
public struct ModelSchema<Model>: Sendable {
    public let shape: ModelShape
    public let getters: [@Sendable (Model) -> TemplateValue]

    public init(_ name: String, _ fields: [Field<Model>]) {
        // A name declared twice would silently resolve to the first: a programming error, caught at first use.
        let names = fields.map(\.name)
        precondition(Set(names).count == names.count,
                     "\(name) declares \(names.filter { name in names.filter { $0 == name }.count > 1 }.first ?? "") twice")
        self.shape = ModelShape(name: name, fields: fields.map { ($0.name, $0.kind) })
        self.getters = fields.map(\.get)
    }
}

/// One field of a model type: its name in templates, its kind and how to read it.
public struct Field<Model>: Sendable {
    public let name: String
    public let kind: FieldKind
    public let get: @Sendable (Model) -> TemplateValue

    public init(_ name: String, kind: FieldKind, _ get: @escaping @Sendable (Model) -> TemplateValue) {
        self.name = name
        self.kind = kind
        self.get = get
    }

    public static func text(_ name: String, _ get: @escaping @Sendable (Model) -> String) -> Field {
        Field(name, kind: .scalar) { .text(get($0)) }
    }

    public static func bool(_ name: String, _ get: @escaping @Sendable (Model) -> Bool) -> Field {
        Field(name, kind: .scalar) { .bool(get($0)) }
    }

    /// A site-relative path, written after the page's link prefix.
    public static func link(_ name: String, _ get: @escaping @Sendable (Model) -> String) -> Field {
        Field(name, kind: .scalar) { .link(get($0)) }
    }

    public static func int(_ name: String, _ get: @escaping @Sendable (Model) -> Int) -> Field {
        Field(name, kind: .scalar) { .int(get($0)) }
    }

    /// A nested model, or nothing (falsy) when nil.
    public static func model<T: TemplateModel>(_ name: String, _ get: @escaping @Sendable (Model) -> T?) -> Field {
        Field(name, kind: .model(T.schema.shape)) { get($0).map { .model($0) } ?? .null }
    }

    public static func list<T: TemplateModel>(_ name: String, _ get: @escaping @Sendable (Model) -> [T]) -> Field {
        Field(name, kind: .list(.model(T.schema.shape))) { .list(ModelList(get($0))) }
    }

    public static func texts(_ name: String, _ get: @escaping @Sendable (Model) -> [String]) -> Field {
        Field(name, kind: .list(.scalar)) { .list(ValueList(get($0).map { .text($0) })) }
    }
}

/// A typed value templates can read: its fields are known at load time, so every name in a bound
/// template is resolved to a field index once, not looked up per page.
public protocol TemplateModel: Sendable {
    static var schema: ModelSchema<Self> { get }
    /// The value of the field at `index` in `Self.schema.shape`.
    func value(at index: Int) -> TemplateValue
}

extension TemplateModel {
    public func value(at index: Int) -> TemplateValue { Self.schema.getters[index](self) }
}

/// A list templates can iterate.
public protocol TemplateList: Sendable {
    var count: Int { get }
    subscript(item index: Int) -> TemplateValue { get }
}

/// A list of typed models.
public struct ModelList<Element: TemplateModel>: TemplateList {
    public let elements: [Element]
    public init(_ elements: [Element]) { self.elements = elements }
    public var count: Int { elements.count }
    public subscript(item index: Int) -> TemplateValue { .model(elements[index]) }
}

/// A list of values.
public struct ValueList: TemplateList {
    public let values: [TemplateValue]
    public init(_ values: [TemplateValue]) { self.values = values }
    public var count: Int { values.count }
    public subscript(item index: Int) -> TemplateValue { values[index] }
}

extension TemplateModel {
    /// The shape of this value's type, reachable from an existential (`any TemplateModel`) for by-name lookups.
    public var templateShape: ModelShape { Self.schema.shape }
}

extension TemplateValue {
    /// The value named `key` inside this one, looked up by name: nil when this is not an object or model, or
    /// has no such name (a present null is `.null`, which stops the context-stack search).
    public func child(named key: String) -> TemplateValue? {
        switch self {
        case .object(let fields): return fields[key]
        case .model(let model): return model.templateShape.index[key].map { model.value(at: $0) }
        default: return nil
        }
    }
}
