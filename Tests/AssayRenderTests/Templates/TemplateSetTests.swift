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

    static let common = CommonPage(pageTitle: "<b>&", siteTitle: "S", language: "en", description: "d", hasBaseURL: false, canonical: "",
                                   siteAuthor: nil, breadcrumbs: [], section: "option",
                                   source: SourceArticle(article: Article(.init(title: "T", authors: ["A"]), body: "", location: .start(of: "article.md"))))

    @Test func rendersThePageInsideTheLayoutAndEscapesText() throws {
        let templates = try TemplateSet(sources: Self.complete(), folder: "Templates")
        let bytes = templates.render(.notFound, common: Self.common, page: NotFoundPage(), prefix: "")
        #expect(String(decoding: bytes, as: UTF8.self) == "<main><p>&lt;b&gt;&amp;</p></main>")
    }

    @Test func linksAreWrittenAfterThePagesPrefix() throws {
        let templates = try TemplateSet(sources: Self.complete(["404.mustache": "<a href=\"{{home}}\">{{#nav}}{{href}} {{/nav}}</a>"]),
                                        folder: "Templates")
        let bytes = templates.render(.notFound, common: Self.common, page: NotFoundPage(), prefix: "../")
        #expect(String(decoding: bytes, as: UTF8.self)
                == "<main><a href=\"../index.html\">../index.html ../article.html ../evidence.html ../agreement.html ../search.html ../data/report.json </a></main>")
    }

    @Test func unknownVariableIsLocatedWithASuggestion() throws {
        let found = Self.diagnostics(Self.complete(["option.mustache": "<p>\n  {{#verdicts}}{{txet}}{{/verdicts}}</p>"]))
        let diagnostic = try #require(found.first)
        #expect("\(diagnostic.location): \(diagnostic.message)" == "Templates/option.mustache:2:16: the report provides no variable 'txet'")
        #expect(diagnostic.hint == "did you mean 'text'?")
    }

    @Test func aNameOnlyAnotherPageProvidesIsAnError() throws {
        // `rankings` belongs to the index: the option page cannot show it.
        let found = Self.diagnostics(Self.complete(["option.mustache": "{{#rankings}}x{{/rankings}}"]))
        #expect(found.map { "\($0.location): \($0.message)" } == ["Templates/option.mustache:1:1: the report provides no variable 'rankings'"])
    }

    @Test func layoutProblemsAreReportedOnce() throws {
        let found = Self.diagnostics(Self.complete(["layout.mustache": "<main>{{{content}}}{{nope}}</main>"]))
        #expect(found.map { "\($0.location): \($0.message)" } == ["Templates/layout.mustache:1:20: the report provides no variable 'nope'"])
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
        #expect(diagnostic.message.hasPrefix("template syntax error: "))
    }

    @Test func missingPageTemplateIsReported() throws {
        var sources = Self.complete()
        sources["evidence.mustache"] = nil
        let found = Self.diagnostics(sources)
        #expect(found.map(\.message) == ["the template 'evidence.mustache' is missing"])
    }
}
