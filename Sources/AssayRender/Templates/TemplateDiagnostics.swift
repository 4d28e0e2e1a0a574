import AssayCore
import AssayTemplates

/// The template engine's problems as the report's diagnostics, in the report's words, with a did-you-mean where
/// the engine knows the names that would have been valid.
enum TemplateDiagnostics {
    /// A problem found while parsing: the template's text itself is wrong.
    static func syntax(_ error: TemplateError, at location: SourceLocation) -> Diagnostic {
        .error(at: location, "template syntax error: \(error.message)",
               hint: "check that every '{{#section}}' is closed by a matching '{{/section}}' and every tag by '}}'")
    }

    /// A problem found while binding a template to the page models: a name or a partial that is not there.
    static func binding(_ error: TemplateError, at location: SourceLocation) -> Diagnostic {
        let name = lastQuoted(error.message) ?? ""
        if error.message.hasPrefix("the partial '") && error.message.hasSuffix("' does not exist") {
            return .error(at: location, error.message, hint: Suggestion.hint(for: name, among: error.candidates, noun: "template"))
        }
        if error.message.contains("field '\(name)'") || error.message.contains("'\(name)' cannot be found") {
            return .error(at: location, "the report provides no variable '\(name)'",
                          hint: Suggestion.hint(for: name, among: error.candidates, noun: "variable"))
        }
        return .error(at: location, "template error: \(error.message)")
    }

    /// The last 'quoted' name of a message: the engine names what is missing last.
    private static func lastQuoted(_ message: String) -> String? {
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        return String(parts[parts.count - 2])
    }
}
