import Foundation

/// One mistake a user can make, applied to a copy of `Tests/Fixtures/minimal`, with the diagnostic it must produce.
struct BadInputCase: CustomTestStringConvertible, Sendable {
    enum Change: Sendable {
        /// Replace the first occurrence of `old` in a content file.
        case replace(String, String, with: String)
        case write(String, String)
        case bytes(String, [UInt8])
        case delete(String)
        case symlink(String, to: String)
        case deleteTemplate(String)
        case replaceTemplate(String, String, with: String)
        /// Replace the output folder by a plain file.
        case outputIsAFile
    }

    var name: String
    var changes: [Change]
    /// The first error line: `path:line:col: error: message`, paths relative to the run's folder.
    var error: String
    /// The hint printed under it.
    var hint: String
    /// The command's arguments.
    var arguments: [String]

    init(_ name: String, _ changes: [Change], _ error: String, hint: String, arguments: [String] = ["build"]) {
        self.name = name
        self.changes = changes
        self.error = error
        self.hint = hint
        self.arguments = arguments
    }

    var testDescription: String { name }
}

import Testing
