import ArgumentParser
import Foundation
import AssayCore
import AssaySite

/// The folders every command works with.
struct Folders: ParsableArguments {
    @ArgumentParser.Option(name: [.customShort("c"), .long], help: "The folder with article.md and the annotation folders.")
    var content = "Content"

    @ArgumentParser.Option(name: [.customShort("t"), .long], help: ArgumentHelp(
        "A folder of templates whose files take the place of the built-in theme's (default: Templates, if it exists).",
        discussion: "It need hold only the files it changes, e.g. option.mustache or style.css; 'assay theme copy DIR' writes the whole theme out."))
    var templates: String?

    @ArgumentParser.Option(name: [.customShort("o"), .long], help: "The folder the report is written to; a build that succeeds replaces it as a whole or updates the files that changed.")
    var output = "Output"

    @ArgumentParser.Option(help: "The hidden folder of the build cache, which lets a build rewrite only what changed (default: .assay-cache beside the output folder).")
    var cache: String?

    var paths: SiteBuilder.Paths {
        .init(content: content, templates: templatesFolder, output: output, cache: cache ?? Self.defaultCache(for: output))
    }

    /// The folder given, or `Templates` where there is one: a project keeps its overrides there, as Hugo keeps `layouts/`.
    var templatesFolder: String? {
        if let templates { return templates }
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: "Templates", isDirectory: &isFolder) && isFolder.boolValue ? "Templates" : nil
    }

    /// Beside the output, so that every build of one output folder finds the same cache, wherever it is run from.
    static func defaultCache(for output: String) -> String {
        let parent = ((output as NSString).standardizingPath as NSString).deletingLastPathComponent
        return parent.isEmpty ? ".assay-cache" : parent + "/.assay-cache"
    }
}

extension Folders {
    /// The content analysed as a build would; without rank probabilities unless `draws` asks for them (revisions
    /// record each option's share of first place). On errors they are printed, then `failure` if given, and the
    /// command exits with status 2.
    /// - Parameter enforcingExpectations: false reports an expectation that does not hold as a warning and goes on.
    func analysedContent(failure: String? = nil, enforcingExpectations: Bool = true, draws: Int = 0) throws -> SiteBuilder.Analysis {
        var settings = SiteBuilder.Settings(draws: draws)
        settings.enforcesExpectations = enforcingExpectations
        do {
            return try SiteBuilder(fileSystem: .local, settings: settings).analyse(paths)
        } catch let error as DiagnosticsError {
            DiagnosticPrinter.print(error.diagnostics.sortedByLocation())
            if let failure { DiagnosticPrinter.printLine(failure) }
            throw ExitCode(2)
        }
    }
}

extension Folders {
    /// The output folder's lock, or a located error naming the build that holds it (exit status 2).
    func lockOutput() throws -> OutputLock {
        do {
            return try OutputLock(output: output)
        } catch let held as OutputLock.Held {
            let who = held.holder.map { "another assay (pid \($0))" } ?? "another assay"
            DiagnosticPrinter.print([.error(at: .start(of: output), "\(who) is building this report right now",
                                     hint: "wait for it to finish, or stop it; two builds into one folder would mix their files")])
            throw ExitCode(2)
        }
    }
}
