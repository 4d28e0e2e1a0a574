import Foundation
import Testing

/// SIGTERM and SIGINT in the middle of a build: the previous report stays, no temporary folder remains.
@Suite struct InterruptedBuildTests {
    @Test(arguments: [SIGTERM, SIGINT])
    func anInterruptedBuildKeepsTheLastReport(signal: Int32) throws {
        let run = try AssayRun.prepared()
        // Enough synthetic content that writing the report takes a while.
        try run.synthesize("Big", options: 1500, paragraphs: 50)
        let before = try run.snapshotOutput()

        let process = try run.command(["build", "--quiet", "--content", "Big", "--draws", "0"])
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait (bounded) until the build is writing its temporary folder, then interrupt it.
        var sawStaging = false
        for _ in 0..<60_000 where process.isRunning {
            if (try? run.strayFolders())?.isEmpty == false { sawStaging = true; break }
            usleep(500)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        try #require(sawStaging, "the build ended before it could be interrupted")
        #expect(process.terminationStatus == (signal == SIGTERM ? 143 : 130))
        #expect(try run.snapshotOutput() == before)
        #expect(try run.strayFolders() == [])
    }
}
