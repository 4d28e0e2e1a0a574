import AssayTemplates
import Testing

/// Random (seeded, so reproducible) templates built from balanced tag structures, partials and parents: whenever
/// a template binds to a `.dynamic` frame, the bound program must render exactly what dynamic rendering renders.
/// Together with the spec suite this checks the binder's inlining, indentation and block handling.
@Suite struct BoundEqualsDynamicFuzzTests {
    /// SplitMix64: a tiny deterministic generator.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let leaves = ["{{a}}", "{{{b}}}", "{{.}}", "{{c.d}}", "{{! c }}", "x", "<&>", "é", "  ", "\t", "\n", "\r\n", "\n  "]

    static func template(_ depth: Int, partials: [String], _ rng: inout SeededGenerator) -> String {
        var out = ""
        for _ in 0..<Int.random(in: 0...6, using: &rng) {
            switch Int.random(in: 0..<12, using: &rng) {
            case 0 where depth < 3:
                let name = ["a", "b", "list", "c", "."].randomElement(using: &rng)!
                let sigil = ["#", "^"].randomElement(using: &rng)!
                out += "{{\(sigil)\(name)}}" + template(depth + 1, partials: partials, &rng) + "{{/\(name)}}"
            case 1 where depth < 3:
                let name = ["blk", "other"].randomElement(using: &rng)!
                out += "{{$\(name)}}" + template(depth + 1, partials: partials, &rng) + "{{/\(name)}}"
            case 2 where depth < 2 && !partials.isEmpty:
                var body = ""
                for _ in 0..<Int.random(in: 0...2, using: &rng) {
                    let name = ["blk", "other"].randomElement(using: &rng)!
                    body += ["", "\n", "  "].randomElement(using: &rng)! + "{{$\(name)}}"
                        + template(depth + 1, partials: partials, &rng) + "{{/\(name)}}" + ["", "\n"].randomElement(using: &rng)!
                }
                let parent = partials.randomElement(using: &rng)!
                out += "{{<\(parent)}}" + body + "{{/\(parent)}}"
            case 3 where !partials.isEmpty:
                out += ["", "  ", "\n", "\n  "].randomElement(using: &rng)! + "{{>\(partials.randomElement(using: &rng)!)}}"
            case 4:
                out += ["{{=<% %>=}}", "<%={{ }}=%>"].randomElement(using: &rng)!
            default:
                out += leaves.randomElement(using: &rng)!
            }
        }
        return out
    }

    @Test func boundRenderingEqualsDynamicRendering() throws {
        var rng = SeededGenerator(state: 20_260_101)
        let data: TemplateValue = .object([
            "a": .text("A<"), "b": .bool(false), "c": .object(["d": .double(2.5)]),
            "list": .array([.int(1), .object(["a": .text("inner"), "b": .text("B")])]),
        ])
        var bound = 0, mismatches: [String] = []
        for _ in 0..<3000 {
            // Acyclic partials (t → p → q), so every template can be inlined.
            let sources = ["t": Self.template(0, partials: ["p", "q"], &rng),
                           "p": Self.template(0, partials: ["q"], &rng), "q": Self.template(0, partials: [], &rng)]
            guard let library = try? TemplateLibrary(sources: sources),
                  let program = try? library.bind("t", stack: [.dynamic]) else { continue }
            bound += 1
            if program.render(stack: [data]) != library.render("t", data) { mismatches.append("\(sources)") }
        }
        #expect(bound > 500)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }
}
