import AssayTemplates
import Testing

/// The official Mustache spec, run through dynamic rendering: every case must produce exactly its expected output.
@Suite struct MustacheSpecTests {
    @Test(arguments: MustacheSpec.inScopeCases)
    func specCase(_ specCase: MustacheSpec.Case) {
        #expect(specCase.render() == specCase.expected, "template: \(specCase.template.debugDescription)")
    }

    @Test func specFilesAreFound() {
        #expect(MustacheSpec.files.count >= 9, "spec folder: \(MustacheSpec.folder.path)")
        #expect(MustacheSpec.inScopeCases.count > 100)
    }

    /// Prints the pass count per file and overall, and fails if any in-scope case fails.
    @Test func passCount() {
        var total = 0, passed = 0, outOfScope = 0
        for file in MustacheSpec.files {
            let cases = MustacheSpec.cases(in: file)
            if let reason = MustacheSpec.outOfScope[file] {
                outOfScope += cases.count
                print("Mustache spec \(file): \(cases.count) cases out of scope (\(reason))")
                continue
            }
            let ok = cases.filter { $0.render() == $0.expected }
            print("Mustache spec \(file): \(ok.count) of \(cases.count) cases pass")
            total += cases.count
            passed += ok.count
        }
        print("Mustache spec: \(passed) of \(total) cases pass (lambdas out of scope: \(outOfScope) cases)")
        #expect(passed == total)
    }

    /// ~lambdas.json is deliberately not run: lambdas need code in the data, and templates here only read values.
    @Test("~lambdas.json is out of scope: template data carries no code")
    func lambdasAreOutOfScope() {
        let lambdas = MustacheSpec.cases(in: "~lambdas.json")
        #expect(!lambdas.isEmpty, "the lambdas spec file should exist, so the exclusion is deliberate")
        #expect(MustacheSpec.outOfScope["~lambdas.json"] != nil)
        print("Out of scope (\(MustacheSpec.outOfScope["~lambdas.json"]!)): " + lambdas.map(\.name).joined(separator: ", "))
    }
}

/// The same spec cases through `bind` with one `.dynamic` frame: every case that can be bound strictly must render
/// exactly the expected output too. Only dynamic partial names, missing partials and recursive partials may be
/// refused, since binding inlines partials once.
@Suite struct MustacheSpecBoundTests {
    @Test(arguments: MustacheSpec.inScopeCases)
    func boundSpecCase(_ specCase: MustacheSpec.Case) throws {
        var sources = specCase.partials
        sources["__case__"] = specCase.template
        let library = try TemplateLibrary(sources: sources)
        do {
            let bound = try library.bind("__case__", stack: [.dynamic])
            #expect(bound.render(stack: [specCase.data]) == specCase.expected)
        } catch {
            for refusal in error.errors {
                let allowed = ["dynamic partial", "does not exist", "includes itself"]
                #expect(allowed.contains(where: refusal.message.contains), "unexpected: \(refusal)")
            }
        }
    }

    @Test func boundPassCount() throws {
        var bound = 0, passed = 0
        for specCase in MustacheSpec.inScopeCases {
            var sources = specCase.partials
            sources["__case__"] = specCase.template
            guard let template = try? TemplateLibrary(sources: sources).bind("__case__", stack: [.dynamic]) else { continue }
            bound += 1
            if template.render(stack: [specCase.data]) == specCase.expected { passed += 1 }
        }
        print("Mustache spec, bound to a .dynamic frame: \(passed) of \(bound) bindable cases pass")
        #expect(passed == bound && bound >= 160)
    }
}
