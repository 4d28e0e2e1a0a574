import Foundation

/// Folders of this repository, found from this file's own path so tests run from any working directory.
enum RepositoryPaths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static let content = root + "/Content"
    static let templates = root + "/Templates"
    static let fixtures = root + "/Tests/Fixtures"

    /// A new empty folder under the system's temporary folder.
    static func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "assay-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
