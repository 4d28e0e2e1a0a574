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
