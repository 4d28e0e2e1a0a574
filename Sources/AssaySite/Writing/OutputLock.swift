import Foundation

/// One build at a time per output folder: an exclusive `flock` on a file beside it, held for as long as the process
/// builds (a whole `watch` or `serve` session). The kernel drops the lock when its holder dies, even by `kill -9`, so a
/// lock left by a killed build is no lock: the next build takes it over. The file holds the holder's pid, to name it.
public final class OutputLock: @unchecked Sendable {
    /// Another process holds the lock.
    public struct Held: Error, Sendable {
        public var lockFile: String
        /// The holder's pid, as it wrote it; nil if it could not be read.
        public var holder: Int32?
    }

    private let descriptor: Int32

    /// Takes the lock of `output`, or throws `Held` at once: a second build never waits behind the first.
    public init(output: String) throws {
        let path = Self.path(for: output)
        let parent = PathRules.split(path).parent
        if !parent.isEmpty { try? POSIXFiles.makeDirectories(parent) }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            // A folder that cannot hold the lock file cannot hold the report either; the build says why.
            self.descriptor = -1
            return
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            var bytes = [UInt8](repeating: 0, count: 32)
            let count = read(descriptor, &bytes, bytes.count)
            close(descriptor)
            let text = String(decoding: bytes.prefix(max(0, count)), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Held(lockFile: path, holder: Int32(text))
        }
        ftruncate(descriptor, 0)
        let pid = Array("\(getpid())\n".utf8)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        self.descriptor = descriptor
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Beside the output, hidden: `Output` is locked by `.Output.lock` in the same folder.
    public static func path(for output: String) -> String {
        let (parent, name) = PathRules.split(output)
        return (parent.isEmpty ? "" : parent == "/" ? "/" : parent + "/") + "." + name + ".lock"
    }
}
