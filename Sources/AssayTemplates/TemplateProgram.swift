/// A bound template: flat arrays the renderer walks with no name lookups. Immutable, shared between threads.
final class TemplateProgram: Sendable {
    let ops: [Op]
    let references: [ValueReference]
    /// All literal text of the template and its inlined partials, in one pool; `.text` ops are ranges of it.
    let text: [UInt8]
    /// The number of frames the program was bound to: `render` must be given exactly this many.
    let frameCount: Int

    init(ops: [Op], references: [ValueReference], text: [UInt8], frameCount: Int) {
        self.ops = ops
        self.references = references
        self.text = text
        self.frameCount = frameCount
    }
}

/// One instruction. Sections carry the index just past their body, so the body is `ops[index + 1 ..< end]`.
enum Op: Sendable {
    case text(start: Int, end: Int)
    case value(reference: Int, escaped: Bool)
    case section(reference: Int, end: Int)
    case inverted(reference: Int, end: Int)
}

/// A name resolved at bind time to where its value lives in the context stack (frames counted from the bottom).
enum ValueReference: Sendable {
    /// `{{.}}`: a frame itself.
    case frame(Int)
    /// The common case: a field of a typed frame.
    case field(frame: Int, index: Int)
    /// A dotted name through typed (or dynamic) values.
    case path(frame: Int, index: Int, steps: [ValueStep])
    /// Dynamic frames are involved: candidates tried innermost first; the first whose root is present wins.
    case search([ValueAlternative])
}

enum ValueStep: Sendable {
    case field(Int)
    case key(String)
}

enum ValueRoot: Sendable {
    case frame(Int)
    case field(frame: Int, index: Int)
    /// A name in a `.dynamic` frame: absent at render time means "try the next candidate".
    case key(frame: Int, String)
}

struct ValueAlternative: Sendable {
    var root: ValueRoot
    var steps: [ValueStep]
}

extension ValueReference {
    /// The referenced value, or nil when a typed path meets a null or a dynamic name is absent.
    @inline(__always)
    func evaluate(_ stack: [TemplateValue]) -> TemplateValue? {
        switch self {
        case .frame(let frame):
            return stack[frame]
        case .field(let frame, let index):
            guard case .model(let model) = stack[frame] else { return nil }
            return model.value(at: index)
        case .path(let frame, let index, let steps):
            guard case .model(let model) = stack[frame] else { return nil }
            return Self.follow(steps, from: model.value(at: index))
        case .search(let alternatives):
            for alternative in alternatives {
                let root: TemplateValue
                switch alternative.root {
                case .frame(let frame):
                    root = stack[frame]
                case .field(let frame, let index):
                    guard case .model(let model) = stack[frame] else { return nil }
                    root = model.value(at: index)
                case .key(let frame, let key):
                    guard let found = stack[frame].child(named: key) else { continue }
                    root = found
                }
                return Self.follow(alternative.steps, from: root)
            }
            return nil
        }
    }

    static func follow(_ steps: [ValueStep], from root: TemplateValue) -> TemplateValue? {
        var value = root
        for step in steps {
            switch step {
            case .field(let index):
                guard case .model(let model) = value else { return nil }
                value = model.value(at: index)
            case .key(let key):
                guard let found = value.child(named: key) else { return nil }
                value = found
            }
        }
        return value
    }
}
