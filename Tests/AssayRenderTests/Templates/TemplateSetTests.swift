import AssayCore
import Testing
@testable import AssayRender

@Suite struct TemplateSetTests {
    static func complete(_ overrides: [String: String] = [:]) -> [String: String] {
        var sources = Dictionary(uniqueKeysWithValues: TemplateSet.pageTemplates.map { ("\($0).mustache", "<p>{{pageTitle}}</p>") })
        sources["layout.mustache"] = "<main>{{{content}}}</main>"
        sources.merge(overrides) { _, new in new }
        return sources
    }

    static func diagnostics(_ sources: [String: String]) -> [Diagnostic] {
        do {
            _ = try TemplateSet(sources: sources, folder: "Templates")
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics
        } catch {
            Issue.record("unexpected error \(error)")
            return []
        }
    }

    @Test func rendersThePageInsideTheLayoutAndEscapesText() throws {
        let templates = try TemplateSet(sources: Self.complete(), folder: "Templates")
        #expect(templates.renderPage("index", context: ["pageTitle": "<b>&"]) == "<main><p>&lt;b&gt;&amp;</p></main>")
    }

    @Test func missingPartialIsLocated() throws {
        let found = Self.diagnostics(Self.complete(["option.mustache": "<p>\n  {{> partials/quote}}</p>"]))
        let diagnostic = try #require(found.first)
        #expect("\(diagnostic.location): \(diagnostic.message)" == "Templates/option.mustache:2:3: the partial 'partials/quote' does not exist")
    }

    @Test func syntaxErrorIsLocated() throws {
        let found = Self.diagnostics(Self.complete(["actor.mustache": "<p>\n{{#ranking}}\n</p>"]))
        let diagnostic = try #require(found.first)
        #expect(diagnostic.location.file == "Templates/actor.mustache")
        #expect(diagnostic.message == "template syntax error: a section is never closed")
    }

    @Test func missingPageTemplateIsReported() throws {
        var sources = Self.complete()
        sources["evidence.mustache"] = nil
        let found = Self.diagnostics(sources)
        #expect(found.map(\.message) == ["the template 'evidence.mustache' is missing"])
    }
}
