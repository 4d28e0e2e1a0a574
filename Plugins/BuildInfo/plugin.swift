import Foundation
import PackagePlugin

/// Writes the commit the binary is built from into a Swift file before each build, for `assay --version`. The file is
/// replaced only when the commit changes, so an unchanged tree recompiles nothing. Outside a git checkout (a release
/// tarball), the commit is what the ASSAY_COMMIT variable says, else "unknown".
@main
struct BuildInfo: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "Generated")
        let file = output.appending(path: "BuildCommit.swift").path
        let root = context.package.directoryURL.path
        let script = """
            mkdir -p "$1"
            commit="${ASSAY_COMMIT:-$(git -C "$2" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)}"
            if [ "$commit" != unknown ] && [ -n "$(git -C "$2" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
              commit="$commit-modified"
            fi
            text="// Generated before each build by Plugins/BuildInfo.
            extension BuildInfo { static let commit = \\"$commit\\" }"
            if [ "$(cat "$3" 2>/dev/null)" != "$text" ]; then printf '%s\\n' "$text" > "$3"; fi
            """
        return [.prebuildCommand(displayName: "Recording the commit assay is built from",
                                 executable: URL(fileURLWithPath: "/bin/sh"),
                                 arguments: ["-c", script, "build-info", output.path, root, file],
                                 outputFilesDirectory: output)]
    }
}
