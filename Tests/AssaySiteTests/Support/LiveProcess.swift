import Foundation
import Testing

/// A long-running `assay` command (watch, serve) in a scratch project, with its output collected line by line.
final class LiveProcess: @unchecked Sendable {
    let process: Process
    private let lock = NSLock()
    private var stdoutText = ""
    private var stderrText = ""

    init(_ arguments: [String], in folder: String) throws {
        process = try AssayRun(folder: folder).command(arguments)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            self?.lock.withLock { self?.stdoutText += text }
        }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            self?.lock.withLock { self?.stderrText += text }
        }
        try process.run()
    }

    deinit { if process.isRunning { process.terminate() } }

    var stdout: String { lock.withLock { stdoutText } }
    var stderr: String { lock.withLock { stderrText } }
    var lines: [String] { stdout.split(separator: "\n").map(String.init) }

    /// Waits (at most `limit` seconds) until the output has `count` lines that satisfy `match`; returns the last of them.
    @discardableResult
    /// - Parameter after: how many lines to pass over: those printed before the change waited for.
    func waitForLine(count: Int = 1, after: Int = 0, limit: TimeInterval = 30, where match: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            let matching = lines.dropFirst(after).filter(match)
            if matching.count >= count { return matching[count - 1] }
            if !process.isRunning { break }
            usleep(20_000)
        }
        return nil
    }

    /// Ctrl-C, and the exit status once it has stopped (nil if it did not stop within `limit`).
    func interrupt(limit: TimeInterval = 15) -> Int32? {
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(limit)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }
}
