import AssayCore
import Foundation

/// Writes diagnostics to standard error, one `path:line:col: severity: message` line each, with its hint below.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sortedByLocation() { printLine(diagnostic.description) }
    }

    /// A problem of the command itself, not of a file: `assay serve: error: message`, then its hint.
    static func print(_ problem: Diagnostic.Problem, of command: String, severity: Diagnostic.Severity = .error) {
        printLine("assay \(command): \(severity.rawValue): \(problem.message)")
        if !problem.hint.isEmpty { printLine("    hint: \(problem.hint)") }
    }

    static func printLine(_ line: String) {
        FileHandle.standardError.write(Data((terminalSafe(line) + "\n").utf8))
    }

    /// The line with every control character but the line breaks shown as `\u{1B}`: a name or a path that holds an
    /// escape sequence must not recolour, move or clear what the reader's terminal shows.
    static func terminalSafe(_ line: String) -> String {
        guard ForbiddenCharacters.first(in: line) != nil else { return line }
        var result = ""
        for scalar in line.unicodeScalars {
            if ForbiddenCharacters.isForbidden(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension DiagnosticPrinter {
    /// One JSON object per line: `{"column":…,"file":…,"hint":…,"line":…,"message":…,"severity":…}`.
    /// A GitHub Actions workflow command: `::error file=…,line=…,col=…,title=…::message` with the hint on a second line
    /// of the message. Values are escaped as the runner expects, so a message cannot end the command or add another.
    static func githubAnnotation(_ diagnostic: Diagnostic) -> String {
        func data(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        }
        func property(_ text: String) -> String { data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C") }
        let level = diagnostic.severity == .error ? "error" : "warning"
        let location = diagnostic.location
        let message = diagnostic.message + (diagnostic.hint.map { $0.isEmpty ? "" : "\nhint: " + $0 } ?? "")
        return "::\(level) file=\(property(location.file)),line=\(location.line),col=\(location.column),title=\(property("assay \(level)"))::\(data(message))"
    }

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
