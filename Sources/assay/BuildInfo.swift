/// What `assay --version` says: the version, and the commit the binary was built from (see Plugins/BuildInfo).
enum BuildInfo {
    static let version = "0.2.0"

    static var versionLine: String { "\(version) (commit \(commit))" }
}
