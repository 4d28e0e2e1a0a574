import ArgumentParser
import AssayCore
import AssaySite
import Foundation

/// The options of every command that builds: build, watch and serve.
struct BuildOptions: ParsableArguments {
    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @ArgumentParser.Option(help: "Random draws for the rank acceptability analysis (0 leaves it out).")
    var draws = RankAcceptability.defaultDraws

    @Flag(help: "Ignore the build cache: render every page and replace the output folder as a whole (the cache is then renewed).")
    var clean = false

    @Flag(name: .shortAndLong, help: "Print only problems.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print the files written and removed, the inputs that changed and the time of each stage.")
    var verbose = false

    @Flag(help: "Print how long each stage took, to standard error.")
    var timings = false

    var settings: SiteBuilder.Settings {
        .init(strict: strict, draws: max(0, draws), clean: clean, tool: Self.toolIdentity)
    }

    /// The version and the executable's size and date: a rebuilt `assay` may render the same inputs differently,
    /// so it must not trust the cache an older one wrote.
    static var toolIdentity: String {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let attributes = (try? FileManager.default.attributesOfItem(atPath: executable)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "assay \(Assay.configuration.version) \(size) \(date)"
    }
}
