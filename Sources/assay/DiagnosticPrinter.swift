import AssayCore
import Foundation

/// Writes diagnostics to standard error, one `path:line:col: severity: message` line each, with its hint below.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sortedByLocation() { printLine(diagnostic.description) }
    }

    static func printLine(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

extension DiagnosticPrinter {
    /// One JSON object per line: `{"column":…,"file":…,"hint":…,"line":…,"message":…,"severity":…}`.
    static func printJSONLines(_ diagnostics: [Diagnostic]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for diagnostic in diagnostics {
            let line = JSONLine(severity: diagnostic.severity.rawValue, file: diagnostic.location.file,
                                line: diagnostic.location.line, column: diagnostic.location.column,
                                message: diagnostic.message, hint: diagnostic.hint)
            if let data = try? encoder.encode(line) { Swift.print(String(decoding: data, as: UTF8.self)) }
        }
    }

    private struct JSONLine: Encodable {
        var severity: String
        var file: String
        var line: Int
        var column: Int
        var message: String
        var hint: String?
    }
}
