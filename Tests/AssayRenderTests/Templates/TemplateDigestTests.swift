import AssayCore
import Testing
@testable import AssayRender

/// A page's template digest covers exactly the templates it is rendered with, so an incremental build
/// renders a page again after an edit to any of them and to no other.
@Suite struct TemplateDigestTests {
    static func digests(_ overrides: [String: String]) throws -> [String: ContentDigest] {
        let templates = try TemplateSet(sources: TemplateSetTests.complete(overrides), folder: "Templates")
        return Dictionary(uniqueKeysWithValues: TemplateSet.pageTemplates.map { ($0, templates.digest(ofPage: $0)) })
    }

    static let base = [
        "option.mustache": "<h1>{{pageTitle}}</h1>{{> partials/evidence}}",
        "actor.mustache": "{{<frame}}{{$body}}<p>{{pageTitle}}</p>{{/body}}{{/frame}}",
        "partials/evidence.mustache": "<blockquote>{{> partials/quote}}</blockquote>",
        "partials/quote.mustache": "<q>{{pageTitle}}</q>",
        "frame.mustache": "<section>{{$body}}{{/body}}</section>",
        "partials/unused.mustache": "<p>{{pageTitle}}</p>",
    ]

    static func changed(_ path: String, to text: String) throws -> Set<String> {
        let before = try digests(base)
        var edited = base
        edited[path] = text
        let after = try digests(edited)
        return Set(TemplateSet.pageTemplates.filter { before[$0] != after[$0] })
    }

    @Test func aPartialReachedThroughAnotherCounts() throws {
        #expect(try Self.changed("partials/quote.mustache", to: "<q>{{pageTitle}}!</q>") == ["option"])
    }

    @Test func aParentTemplateCounts() throws {
        #expect(try Self.changed("frame.mustache", to: "<article>{{$body}}{{/body}}</article>") == ["actor"])
    }

    @Test func theLayoutCountsForEveryPageAndAnUnusedPartialForNone() throws {
        #expect(try Self.changed("layout.mustache", to: "<main class=x>{{{content}}}</main>") == Set(TemplateSet.pageTemplates))
        #expect(try Self.changed("partials/unused.mustache", to: "<p>changed</p>") == [])
    }

    /// Tags hidden behind new delimiters cannot be followed: such a page depends on every template.
    @Test func changedDelimitersMakeAPageDependOnEverything() throws {
        var edited = Self.base
        edited["criterion.mustache"] = "{{=<% %>=}}<p><% pageTitle %></p>"
        let before = try Self.digests(edited)
        edited["partials/unused.mustache"] = "<p>changed</p>"
        let after = try Self.digests(edited)
        #expect(TemplateSet.pageTemplates.filter { before[$0] != after[$0] } == ["criterion"])
    }
}

extension TemplateDigestTests {
    @Test func aMissingParentIsLocatedLikeAMissingPartial() throws {
        let diagnostics = TemplateSetTests.diagnostics(TemplateSetTests.complete(["actor.mustache": "<p>x</p>\n{{<fram}}{{/fram}}"]))
        let only = try #require(diagnostics.count == 1 ? diagnostics.first : nil, "\(diagnostics)")
        #expect(only.location == SourceLocation(file: "Templates/actor.mustache", line: 2, column: 1))
        #expect(only.message == "the partial 'fram' does not exist")
    }
}
