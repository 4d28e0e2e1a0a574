import AssayTemplates
import Testing

/// Binding templates to typed models: resolution, inlining, and that the bound program renders exactly what
/// dynamic rendering of the same data renders.
@Suite struct BindingTests {
    /// Binds `name` to the fixture stack, renders it both ways, checks they agree and returns the bound output.
    func render(_ sources: [String: String], _ name: String = "page", linkPrefix: String = "",
                kinds: [FieldKind] = Fixtures.kinds, stack: [TemplateValue] = Fixtures.stack) throws -> String {
        let library = try TemplateLibrary(sources: sources)
        let bound = try library.bind(name, stack: kinds)
        var typed: [UInt8] = []
        bound.render(stack: stack, linkPrefix: linkPrefix, into: &typed)
        var dynamic: [UInt8] = []
        library.render(name, stack: stack, linkPrefix: linkPrefix, into: &dynamic)
        #expect(typed == dynamic, "typed and dynamic rendering differ")
        return String(decoding: typed, as: UTF8.self)
    }

    @Test func namesResolve() throws {
        #expect(try render(["page": "{{name}} {{{name}}} {{year}} {{isNew}} {{siteName}}"])
            == "Vitamin &lt;D&gt; Vitamin <D> 2026 true Assay &amp; Co")
    }

    @Test func nestedSectionsOverListsOfModels() throws {
        let template = "{{#evidence}}[{{title}} {{score}}{{#notes}} ({{.}}){{/notes}}]{{/evidence}}"
        #expect(try render(["page": template]) == "[Trial A 3 (n1) (n2)][Trial &quot;B&quot; -12]")
    }

    @Test func namesFallBackToOuterFrames() throws {
        #expect(try render(["page": "{{#evidence}}{{name}}/{{siteName}}/{{title}};{{/evidence}}"])
            == "Vitamin &lt;D&gt;/Assay &amp; Co/Trial A;Vitamin &lt;D&gt;/Assay &amp; Co/Trial &quot;B&quot;;")
    }

    @Test func dottedNamesAndOptionalModels() throws {
        #expect(try render(["page": "{{best.title}} {{best.score}}{{#best}} {{title}}{{/best}}"])
            == "Meta-analysis 9 Meta-analysis")
        var page = Fixtures.page
        page.best = nil
        #expect(try render(["page": "[{{best.title}}{{#best}}x{{/best}}{{^best}}none{{/best}}]"],
                           stack: [.model(Fixtures.common), .model(page)]) == "[none]")
    }

    @Test func invertedSectionsAndFlags() throws {
        var page = Fixtures.page
        page.evidence = []
        page.isNew = false
        #expect(try render(["page": "{{^evidence}}no evidence{{/evidence}}{{^isNew}}, old{{/isNew}}"],
                           stack: [.model(Fixtures.common), .model(page)]) == "no evidence, old")
    }

    @Test func partialsAreInlinedWithIndentation() throws {
        let sources = [
            "page": "<ul>\n  {{#evidence}}\n  {{>partials/evidence}}\n  {{/evidence}}\n</ul>\n",
            "partials/evidence": "<li>\n  {{title}}\n</li>\n",
        ]
        #expect(try render(sources) == "<ul>\n  <li>\n    Trial A\n  </li>\n  <li>\n    Trial &quot;B&quot;\n  </li>\n</ul>\n")
    }

    @Test func parentsAndBlocksAreInlined() throws {
        let sources = [
            "layout": "<title>{{$title}}{{siteName}}{{/title}}</title>\n<main>\n  {{$body}}\n  nothing\n  {{/body}}\n</main>\n",
            "page": "{{<layout}}\n{{$title}}{{name}} – {{siteName}}{{/title}}\n{{$body}}\n<h1>{{name}}</h1>\n{{/body}}\n{{/layout}}\n",
            "bare": "{{<layout}}{{/layout}}",
        ]
        #expect(try render(sources) == "<title>Vitamin &lt;D&gt; – Assay &amp; Co</title>\n<main>\n  <h1>Vitamin &lt;D&gt;</h1>\n</main>\n")
        #expect(try render(sources, "bare") == "<title>Assay &amp; Co</title>\n<main>\n  nothing\n</main>\n")
    }

    @Test func dynamicFramesResolveByKeyAtRenderTime() throws {
        // A dynamic field: names below it are looked up by key, and missing ones render nothing.
        #expect(try render(["page": "{{extra.colour}} {{extra.nested.size}} [{{extra.missing}}]{{#extra}} {{colour}} {{name}}{{/extra}}"])
            == "blue 4 [] blue Vitamin &lt;D&gt;")
        // A dynamic frame on top: its keys win, other names fall back to the typed frames below, never an error.
        let stack = Fixtures.stack + [.object(["name": .text("override"), "check": .bool(true)])]
        #expect(try render(["page": "{{name}} {{check}} {{year}} [{{unknown}}]"], kinds: Fixtures.kinds + [.dynamic], stack: stack)
            == "override true 2026 []")
    }

    @Test func linksAreWrittenAfterThePrefix() throws {
        #expect(try render(["page": "{{#evidence}}<a href=\"{{url}}\">{{/evidence}}"], linkPrefix: "../&")
            == "<a href=\"../&amp;evidence/a.html\"><a href=\"../&amp;evidence/b.html\">")
        #expect(try render(["page": "{{{best.url}}}"], linkPrefix: "https://x/") == "https://x/evidence/m.html")
    }

    /// The layout is bound to the page frames plus one frame on top holding the rendered page body.
    @Test func layoutWithContentFrameOnTop() throws {
        let library = try TemplateLibrary(sources: [
            "page": "<h1>{{name}}</h1>",
            "layout": "<title>{{title}} – {{siteName}}</title>\n<body>\n{{{content}}}\n</body>\n",
        ])
        let page = try library.bind("page", stack: Fixtures.kinds)
        let layout = try library.bind("layout", stack: Fixtures.kinds + [.model(LayoutContent.schema.shape)])
        let body = page.render(stack: Fixtures.stack)
        let html = layout.render(stack: Fixtures.stack + [.model(LayoutContent(content: body, title: Fixtures.page.name))])
        #expect(html == "<title>Vitamin &lt;D&gt; – Assay &amp; Co</title>\n<body>\n<h1>Vitamin &lt;D&gt;</h1>\n</body>\n")
    }

    @Test func boundTemplatesRenderConcurrently() async throws {
        let library = try TemplateLibrary(sources: ["page": "{{#evidence}}{{title}}:{{score}} {{/evidence}}{{name}}"])
        let bound = try library.bind("page", stack: Fixtures.kinds)
        let expected = bound.render(stack: Fixtures.stack)
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<64 { group.addTask { bound.render(stack: Fixtures.stack) } }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results.count == 64 && results.allSatisfy { $0 == expected })
    }

    @Test func reachableTemplates() throws {
        let library = try TemplateLibrary(sources: [
            "page": "{{>a}}{{<layout}}{{$x}}{{>b}}{{/x}}{{/layout}}",
            "a": "{{>a}}", "b": "", "layout": "{{$x}}{{/x}}", "unused": "",
            "open": "{{>*dynamic}}", "delims": "{{=<% %>=}}", "viaDelims": "{{>delims}}",
        ])
        let reach = library.reachable(from: "page")
        #expect(reach.templates == ["page", "a", "b", "layout"] && !reach.isOpenEnded)
        #expect(library.reachable(from: "open").isOpenEnded)
        let viaDelims = library.reachable(from: "viaDelims")
        #expect(viaDelims.templates == ["viaDelims", "delims"] && viaDelims.isOpenEnded)
        #expect(library.names.count == 8)
    }
}
