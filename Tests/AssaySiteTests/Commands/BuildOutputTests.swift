import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What `assay build` prints: progress only on a terminal, one line normally, nothing with --quiet, the
/// changed inputs and files with --verbose.
@Suite struct BuildOutputTests {
    @Test func progressGoesToATerminalOnly() throws {
        let run = try AssayRun.prepared()
        // Synthetic content big enough that a debug build takes more than a second.
        try run.synthesize("Big", options: 3000, paragraphs: 40)
        let piped = try run.assay(["build", "--clean", "--draws", "0", "-c", "Big", "-o", "BigOut"])
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("\r") && !piped.stderr.contains("pages"), "no progress noise in a pipe: \(piped.stderr)")
        // 3,009 pages, and the complete lists of a large report: 30 pages of the ranking and 30 of every option's card.
        #expect(piped.stdout.hasPrefix("Wrote 3069 pages to BigOut/"))

        // The same build with standard error on a pseudo-terminal.
        var controller: Int32 = -1, terminal: Int32 = -1
        try #require(openpty(&controller, &terminal, nil, nil, nil) == 0)
        defer { close(controller) }
        let process = try run.command(["build", "--clean", "--draws", "0", "-c", "Big", "-o", "BigOut"])
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(fileDescriptor: terminal, closeOnDealloc: false)
        try process.run()
        close(terminal)
        var shown: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(controller, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            shown += buffer[..<count]
        }
        process.waitUntilExit()
        let text = String(decoding: shown, as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(text.contains("render: 3069/3069 pages"), "progress on the terminal: \(text.debugDescription)")
        #expect(text.hasSuffix("\r\u{1B}[2K"), "the progress line is cleared at the end")
        #expect(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).hasPrefix("Wrote 3069 pages"))
    }

    @Test func quietAndVerbose() throws {
        let run = try AssayRun.prepared()
        let quiet = try run.assay(["build", "--quiet"])
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)

        let normal = try run.assay(["build"])
        #expect(normal.stdout == "Updated Output/: 0 of 24 files rewritten; no input changed.\n")

        try run.apply([.replace("assessments/mill-site--low-cost.md", "It would use close", with: "It would use nearly")])
        let verbose = try run.assay(["build", "--verbose"])
        let lines = verbose.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Updated Output/: 3 of 24 files rewritten; Content/assessments/mill-site--low-cost.md changed.")
        #expect(Array(lines.dropFirst().prefix(4)) == [
            "  changed Content/assessments/mill-site--low-cost.md",
            "  wrote   options/mill-site.html",
            "  wrote   criteria/low-cost.html",
            "  wrote   data/report.json",
        ])
        #expect(lines.contains { $0.hasPrefix("  render pages and data") }, "stage timings follow")
    }
}
