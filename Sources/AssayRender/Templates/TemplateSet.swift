import AssayCore
import Foundation
import Mustache

/// The report's Mustache templates, parsed once and checked before anything is rendered.
///
/// swift-mustache is silent by design (a missing partial renders as nothing), so the set
/// checks itself: every page template must exist and every partial it names must be there.
public struct TemplateSet: Sendable {
    /// The page templates a report needs, by name (`option` is `option.mustache`).
    public static let pageTemplates = ["layout", "index", "article", "option", "criterion", "actor", "evidence", "agreement", "search", "404"]

    private let library: MustacheLibrary
    private let sources: [String: String]
    private let folder: String
    private let pageDigests: [String: ContentDigest]

    /// - Parameters:
    ///   - sources: template text by path relative to the templates folder (`partials/nav.mustache`).
    ///   - folder: the templates folder as shown in diagnostics.
    public init(sources: [String: String], folder: String) throws {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var names: Set<String> = []
        for (path, text) in sources.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            do {
                try library.register(text, named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    at: SourceLocation(file: "\(folder)/\(path)", line: error.context.lineNumber, column: error.context.columnNumber),
                    "template syntax error: \(Self.describe(error.error))",
                    hint: "check that every '{{#section}}' is closed by a matching '{{/section}}' and every tag by '}}'"))
            } catch {
                diagnostics.append(.error(at: .start(of: "\(folder)/\(path)"), "template error: \(error)"))
            }
        }
        for required in Self.pageTemplates where !names.contains(required) && sources["\(required).mustache"] == nil {
            diagnostics.append(.error(at: .start(of: "\(folder)/\(required).mustache"), "the template '\(required).mustache' is missing",
                                      hint: "every report needs \(Self.pageTemplates.map { "\($0).mustache" }.joined(separator: ", ")); copy it from the Templates folder of Assay"))
        }
        for (path, text) in sources where path.hasSuffix(".mustache") {
            // A dynamic partial ({{>*name}}) is named by the context at render time: there is nothing to check here.
            for reference in TemplateTags.partials(in: text) where !names.contains(reference.name) && !reference.name.hasPrefix("*") {
                diagnostics.append(.error(
                    at: SourceLocation(file: "\(folder)/\(path)", line: reference.line, column: reference.column),
                    "the partial '\(reference.name)' does not exist",
                    hint: Suggestion.hint(for: reference.name, among: Array(names), noun: "template")))
            }
        }
        guard !diagnostics.containsErrors else { throw DiagnosticsError(diagnostics) }
        self.library = library
        self.sources = sources
        self.folder = folder
        self.pageDigests = Dictionary(uniqueKeysWithValues: Self.pageTemplates.map { ($0, Self.digest(ofPage: $0, sources: sources)) })
    }

    /// A digest of every template a page is rendered with: its own, the layout and the partials and parents
    /// they reach. An edit to any other template leaves the page's digest as it was.
    public func digest(ofPage name: String) -> ContentDigest {
        pageDigests[name] ?? Self.digest(ofPage: name, sources: sources)
    }

    private static func digest(ofPage name: String, sources: [String: String]) -> ContentDigest {
        var reached: Set<String> = []
        var pending = [name, "layout"]
        while let next = pending.popLast() {
            guard reached.insert(next).inserted, let text = sources[next + ".mustache"] else { continue }
            let tags = TemplateTags.scan(text)
            // A partial named at render time ({{>*name}}) or tags hidden by new delimiters ({{=<% %>=}}) cannot be
            // followed: such a page depends on every template.
            if tags.contains(where: { $0.sigil == "=" || ($0.sigil == ">" && $0.name.hasPrefix("*")) }) {
                reached.formUnion(sources.keys.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) })
                break
            }
            pending += TemplateTags.partials(in: text).map(\.name)
        }
        var hasher = Hasher128()
        for template in reached.sorted() {
            hasher.update(template)
            hasher.update(sources[template + ".mustache"] ?? "")
        }
        return hasher.finalize()
    }

    /// Errors for every variable the templates use that `vocabulary` (the keys the report provides) lacks.
    public func check(vocabulary: Set<String>) throws(DiagnosticsError) {
        let known = vocabulary.union(["content"])
        var diagnostics: [Diagnostic] = []
        for (path, text) in sources.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            for use in TemplateTags.variables(in: text) where !known.contains(use.name) {
                diagnostics.append(.error(
                    at: SourceLocation(file: "\(folder)/\(path)", line: use.line, column: use.column),
                    "the report provides no variable '\(use.name)'",
                    hint: Suggestion.hint(for: use.name, among: Array(known), noun: "variable")))
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
    }

    /// Renders a page template, then the layout around it with the page's HTML as `content`.
    public func renderPage(_ name: String, context: [String: Any]) -> String {
        let content = library.render(context, withTemplate: name) ?? ""
        var layoutContext = context
        layoutContext["content"] = content
        return library.render(layoutContext, withTemplate: "layout") ?? content
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with the wrong name"
        case MustacheTemplate.Error.unfinishedName: "a tag is not finished"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid delimiter change"
        default: "\(error)"
        }
    }
}
