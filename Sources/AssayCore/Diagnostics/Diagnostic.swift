/// One problem found in content or templates, with where it is and how to fix it.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var hint: String?

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// What is wrong and how to fix it, before it has a place: what a reader of one value (a web address, a what-if
    /// scenario, a revision file, the address to serve on, an entry of a folder) finds, for its caller to locate.
    public struct Problem: Error, Sendable, Hashable {
        public var message: String
        public var hint: String

        public init(_ message: String, hint: String) {
            self.message = message
            self.hint = hint
        }
    }

    public init(_ severity: Severity = .error, at location: SourceLocation, _ problem: Problem) {
        self.init(severity, at: location, problem.message, hint: problem.hint)
    }

    public static func error(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    /// `path:line:col: error: message`, then an indented `hint:` line when there is one.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these stops the build.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// In file, line and column order, so a run prints its findings the way an editor lists them.
    public func sortedByLocation() -> [Diagnostic] {
        sorted {
            ($0.location.file, $0.location.line, $0.location.column, $0.message)
                < ($1.location.file, $1.location.line, $1.location.column, $1.message)
        }
    }
}

/// The diagnostics of one stage, thrown together once the stage has looked at everything.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedByLocation()
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
