import AssayCore
import AssayTemplates

/// The report's Mustache templates, parsed once and bound to the typed page models at load time: every name
/// a template uses is resolved to a field of the page it renders, so a name no page provides, a missing partial
/// or a syntax error is a located error before anything is rendered.
public struct TemplateSet: Sendable {
    /// The page templates a report needs, by name (`option` is `option.mustache`).
    public static let pageTemplates = ["layout"] + PageKind.allCases.map(\.template)

    /// A page's compiled template and the layout compiled around it.
    private struct Program: Sendable {
        var page: BoundTemplate
        var layout: BoundTemplate
    }

    private let programs: [PageKind: Program]

    /// - Parameters:
    ///   - sources: template text by path relative to the templates folder (`partials/nav.mustache`).
    ///   - folder: the templates folder as shown in diagnostics.
    public init(sources: [String: String], folder: String) throws {
        try self.init(sources: sources, shownPaths: Dictionary(uniqueKeysWithValues: sources.keys.map { ($0, "\(folder)/\($0)") }),
                      overridden: [])
    }

    /// - Parameters:
    ///   - sources: template text by path relative to the templates folder (`partials/nav.mustache`).
    ///   - shownPaths: each template's file as diagnostics name it (the project's own, or the built-in theme's).
    ///   - overridden: the paths where a project's file takes the place of the built-in theme's: a name such a file
    ///     uses that the report no longer provides is most likely a field that went away in an upgrade.
    public init(sources: [String: String], shownPaths: [String: String], overridden: Set<String>) throws {
        var named: [String: String] = [:]
        for (path, text) in sources where path.hasSuffix(".mustache") { named[String(path.dropLast(".mustache".count))] = text }
        let locate = { (template: String, line: Int, column: Int) in
            SourceLocation(file: shownPaths["\(template).mustache"] ?? "\(template).mustache", line: line, column: column)
        }
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary(sources: named)
        } catch {
            throw DiagnosticsError(error.errors.map { TemplateDiagnostics.syntax($0, at: locate($0.template, $0.line, $0.column)) })
        }
        var diagnostics: [Diagnostic] = []
        for required in Self.pageTemplates where named[required] == nil {
            diagnostics.append(.error(at: .start(of: shownPaths["\(required).mustache"] ?? "\(required).mustache"),
                                      "the template '\(required).mustache' is missing",
                                      hint: "every report needs \(Self.pageTemplates.map { "\($0).mustache" }.joined(separator: ", ")); write them out with 'assay theme copy DIR'"))
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        var programs: [PageKind: Program] = [:]
        var problems: [TemplateError] = []
        let common = FieldKind.model(CommonPage.schema.shape), content = FieldKind.model(LayoutContent.schema.shape)
        for page in PageKind.allCases {
            do {
                let bound = try library.bind(page.template, stack: [common, .model(page.shape)])
                let layout = try library.bind("layout", stack: [common, .model(page.shape), content])
                programs[page] = Program(page: bound, layout: layout)
            } catch {
                problems += error.errors
            }
        }
        // The layout and shared partials are bound once per page kind: report each problem once.
        var seen: Set<String> = []
        for problem in problems {
            var diagnostic = TemplateDiagnostics.binding(problem, at: locate(problem.template, problem.line, problem.column))
            if overridden.contains("\(problem.template).mustache") {
                diagnostic.hint = (diagnostic.hint.map { $0 + "; " } ?? "")
                    + "this file replaces the built-in theme's \(problem.template).mustache: compare it with the one 'assay theme copy DIR' writes"
            }
            if seen.insert("\(diagnostic.location): \(diagnostic.message)").inserted { diagnostics.append(diagnostic) }
        }
        guard diagnostics.isEmpty else {
            throw DiagnosticsError(diagnostics.sorted { ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column) })
        }
        self.programs = programs
    }

    /// Renders a page: its template over `[common, page]`, inside the layout, which writes the page's HTML as
    /// `content`. Returns what `drain` (if any) has not taken of the page.
    /// - Parameter prefix: what every site-relative link is written after (`../` for a page one folder down).
    func render<Model: TemplateModel>(_ page: PageKind, common: CommonPage, page model: Model, prefix: String,
                                      drain: TemplateDrain? = nil) -> [UInt8] {
        guard let program = programs[page] else { return [] }
        let stack: [TemplateValue] = [.model(common), .model(model)]
        // The page is rendered into the layout's own buffer, where the layout writes `content`: one buffer per page.
        let content = TemplateProducer { buffer in program.page.render(stack: stack, linkPrefix: prefix, into: &buffer, drain: drain) }
        var output: [UInt8] = []
        output.reserveCapacity(32_768)
        program.layout.render(stack: stack + [.model(LayoutContent(content: content))], linkPrefix: prefix, into: &output, drain: drain)
        return output
    }
}
