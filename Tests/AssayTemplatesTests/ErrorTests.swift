import AssayTemplates
import Testing

/// Syntax errors (parsing) and binding errors: located at the tag, in the template where it is written.
@Suite struct ErrorTests {
    func syntaxErrors(_ sources: [String: String]) -> [TemplateError] {
        do {
            _ = try TemplateLibrary(sources: sources)
            Issue.record("expected syntax errors")
            return []
        } catch {
            return error.errors
        }
    }

    func bindErrors(_ sources: [String: String], _ name: String = "page") throws -> [TemplateError] {
        let library = try TemplateLibrary(sources: sources)
        do {
            _ = try library.bind(name, stack: Fixtures.kinds)
            Issue.record("expected binding errors")
            return []
        } catch {
            return error.errors
        }
    }

    static let pageFields = ["name", "isNew", "evidence", "best", "extra", "siteName", "year"]

    @Test func unknownNameIsLocatedWithCandidates() throws {
        let errors = try bindErrors(["page": "<h1>{{name}}</h1>\n  <p>{{titel}}</p>\n"])
        #expect(errors == [TemplateError(template: "page", line: 2, column: 6,
                                         message: "'OptionPage' has no field 'titel' (nor has Common)",
                                         candidates: Self.pageFields)])
    }

    @Test func unknownNameInsidePartialIsLocatedInThePartial() throws {
        let errors = try bindErrors([
            "page": "{{#evidence}}\n  {{>partials/evidence}}\n{{/evidence}}",
            "partials/evidence": "<li>\n{{#notes}}{{.}}{{/notes}} {{scor}}</li>",
        ])
        #expect(errors.count == 1)
        #expect(errors.first?.template == "partials/evidence")
        #expect(errors.first?.line == 2 && errors.first?.column == 27)
        #expect(errors.first?.message == "'Evidence' has no field 'scor' (nor has OptionPage, Common)")
        #expect(errors.first?.candidates == ["title", "url", "score", "notes"] + Self.pageFields)
    }

    @Test func unknownFieldOfDottedName() throws {
        let errors = try bindErrors(["page": "{{best.titel}} {{name.first}}"])
        #expect(errors.map(\.message) == ["'Evidence' has no field 'titel'", "'name' is text, a number or a flag, so it has no field 'first'"])
        #expect(errors.first?.candidates == ["title", "url", "score", "notes"])
        #expect(errors.map(\.column) == [1, 16])
    }

    @Test func missingAndDynamicPartials() throws {
        let errors = try bindErrors(["page": "a\n b {{>partials/missing}}\n{{>*name}}", "other": ""])
        #expect(errors.count == 2)
        #expect(errors[0] == TemplateError(template: "page", line: 2, column: 4,
                                           message: "the partial 'partials/missing' does not exist", candidates: ["other", "page"]))
        #expect(errors[1].line == 3 && errors[1].column == 1 && errors[1].message.contains("dynamic partial"))
    }

    @Test func recursivePartialIsRefused() throws {
        let errors = try bindErrors(["page": "{{>node}}", "node": "{{#evidence}}{{>node}}{{/evidence}}"])
        #expect(errors.count == 1 && errors[0].template == "node" && errors[0].column == 14)
    }

    /// Dynamic rendering cannot refuse a template, so endless self-inclusion stops at the first repeated state.
    @Test func unconditionalSelfInclusionTerminatesWhenRenderingDynamically() throws {
        let library = try TemplateLibrary(sources: ["self": "x{{>self}}", "blocks": "{{<blocks}}{{$b}}y{{$b}}{{/b}}{{/b}}{{/blocks}}"])
        #expect(library.render("self", .object([:])) == "xx")
        _ = library.render("blocks", .object([:]))
    }

    @Test func severalBindingErrorsInOneThrow() throws {
        let errors = try bindErrors([
            "page": "{{nme}}\n{{#evidence}}{{ttle}}{{/evidence}}\n{{>p}}\n{{<layout}}{{$b}}{{oops}}{{/b}}{{/layout}}",
            "p": "{{nope}}", "layout": "{{$b}}{{/b}}",
        ])
        #expect(errors.map { "\($0.template):\($0.line):\($0.column)" } == ["page:1:1", "page:2:14", "p:1:1", "page:4:18"])
    }

    @Test func unclosedSection() {
        #expect(syntaxErrors(["t": "a\n{{#x}}\nb"]) == [TemplateError(template: "t", line: 2, column: 1, message: "the section 'x' is never closed")])
    }

    @Test func mismatchedClose() {
        let errors = syntaxErrors(["t": "{{#a}}\n  {{/b}}"])
        #expect(errors.count == 1 && errors[0].line == 2 && errors[0].column == 3)
        #expect(errors[0].message == "'{{/b}}' does not match the open section 'a' (line 1, column 1)")
        #expect(syntaxErrors(["t": "x {{/b}}"]).map(\.message) == ["'{{/b}}' closes a section that was never opened"])
    }

    @Test func unfinishedTag() {
        let errors = syntaxErrors(["t": "ok\nabc {{name"])
        #expect(errors.count == 1 && errors[0].line == 2 && errors[0].column == 5 && errors[0].message.contains("never finished"))
        // A later tag's closing delimiter does not rescue an unfinished one: the name would contain spaces.
        #expect(syntaxErrors(["t": "é {{name and {{other}}"]).map(\.column) == [3])
    }

    @Test func badDelimiterChange() {
        let errors = syntaxErrors(["t": "x\n  {{=<%=}}"])
        #expect(errors.count == 1 && errors[0].line == 2 && errors[0].column == 3 && errors[0].message.contains("delimiter"))
    }

    @Test func syntaxErrorsOfAllTemplatesAreCollected() {
        let errors = syntaxErrors(["a": "{{#x}}", "b": "{{/y}}{{#z}}{{/w}}", "c": "fine {{ok}}"])
        #expect(errors.map(\.template) == ["a", "b", "b"])
    }
}
