import AssayCore
import AssaySite
import Foundation

/// Builds a report once through a build session, then changes one assessment's rationale again and again,
/// rebuilding through the same session with the changed path as `watch` passes it, and prints the median time
/// and the stages of the median rebuild.
///
///     assay-warm CONTENT TEMPLATES OUTPUT [--edits N] [--draws D] [--level]
///
/// `--level` alternates the assessment's level instead (its actor's evaluation is made again).
@main
struct WarmRebuilds {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.count >= 3 else {
            FileHandle.standardError.write(Data("usage: assay-warm CONTENT TEMPLATES OUTPUT [--edits N] [--draws D] [--level]\n".utf8))
            exit(2)
        }
        let paths = SiteBuilder.Paths(content: arguments.removeFirst(), templates: arguments.removeFirst(), output: arguments.removeFirst())
        var edits = 15, draws = 0, level = false
        while let name = arguments.first {
            arguments.removeFirst()
            switch name {
            case "--edits": edits = Int(arguments.removeFirst()) ?? edits
            case "--draws": draws = Int(arguments.removeFirst()) ?? draws
            case "--level": level = true
            default: fatalError("unknown option \(name)")
            }
        }
        let builder = SiteBuilder(fileSystem: .local, settings: .init(draws: draws))
        let session = BuildSession()
        let clock = ContinuousClock()
        let first = clock.now
        _ = try builder.build(paths, session: session)
        let firstSeconds = seconds(clock.now - first)

        let folder = paths.content + "/assessments"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
        // A preference's assessment, in the middle of the list (red lines take 'crosses', not 'level').
        let candidates = try names.filter { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8).contains("\nlevel: ") }
        let path = folder + "/" + candidates[candidates.count / 2]
        let original = try String(contentsOfFile: path, encoding: .utf8)
        var runs: [(seconds: Double, summary: SiteBuilder.Summary)] = []
        for edit in 0..<edits {
            let text: String
            if level {
                let levels = ["low", "mid", "high"]
                let current = levels.first { original.contains("\nlevel: \($0)\n") } ?? "low"
                text = edit % 2 == 0 ? original.replacingOccurrences(of: "\nlevel: \(current)\n", with: "\nlevel: \(levels.first { $0 != current }!)\n")
                    : original
            } else {
                text = original + "\nEdited \(edit % 2 == 0 ? "once" : "twice").\n"
            }
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            let start = clock.now
            let summary = try builder.build(paths, session: session, changedPaths: [path])
            runs.append((seconds(clock.now - start), summary))
        }
        try original.write(toFile: path, atomically: false, encoding: .utf8)
        let sorted = runs.sorted { $0.seconds < $1.seconds }
        let median = sorted[sorted.count / 2]
        print("first build \(milliseconds(firstSeconds)) ms; \(edits) warm rebuilds after a one-assessment \(level ? "level" : "rationale") edit: "
              + "median \(milliseconds(median.seconds)) ms (range \(milliseconds(sorted.first!.seconds))-\(milliseconds(sorted.last!.seconds)) ms); "
              + "\(median.summary.changes.rendered.count) files made, \(median.summary.changes.written.count) written")
        print(median.summary.timings.table)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
}
