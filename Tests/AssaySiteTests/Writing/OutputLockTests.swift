import Foundation
import Testing
@testable import AssaySite

/// One build at a time per output: the second is refused at once, naming the first; a killed holder holds nothing.
@Suite struct OutputLockTests {
    @Test func aSecondBuildIntoTheSameOutputIsRefusedNamingTheFirst() throws {
        let run = try AssayRun.prepared()
        let before = try String(contentsOfFile: run.folder + "/Output/index.html", encoding: .utf8)
        var held: OutputLock? = try OutputLock(output: run.folder + "/Output")
        let result = try run.assay(["build", "--clean"])
        #expect(result.status == 2)
        #expect(result.stderr == "Output:1:1: error: another assay (pid \(getpid())) is building this report right now\n"
                + "    hint: wait for it to finish, or stop it; two builds into one folder would mix their files\n")
        #expect(try String(contentsOfFile: run.folder + "/Output/index.html", encoding: .utf8) == before)
        #expect(held != nil)
        held = nil
        #expect(try run.assay(["build", "--quiet"]).status == 0)
    }

    @Test func aLockLeftByAKilledProcessIsTakenOver() throws {
        let run = try AssayRun.prepared()
        // A holder killed with SIGKILL: its pid stays in the file, its lock goes with it.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/bin/sh")
        holder.arguments = ["-c", "exec 9>\"$0\"; flock -x 9; echo $$ >&9; kill -9 $$", OutputLock.path(for: run.folder + "/Output")]
        try holder.run()
        holder.waitUntilExit()
        #expect(holder.terminationReason == .uncaughtSignal)
        #expect(try run.assay(["build", "--quiet"]).status == 0)
    }

    @Test func theLockFileIsHiddenBesideTheOutput() {
        #expect(OutputLock.path(for: "Output") == ".Output.lock")
        #expect(OutputLock.path(for: "/srv/site/public/") == "/srv/site/.public.lock")
        #expect(OutputLock.path(for: "a/b") == "a/.b.lock")
    }
}

/// The path split the writers use instead of Foundation's NSString methods.
@Suite struct PathSplitTests {
    @Test(arguments: [("Output", "", "Output"), ("a/b", "a", "b"), ("a/b/", "a", "b"), ("/srv/site/public/", "/srv/site", "public"),
                      ("/top", "/", "top"), ("r", "", "r"), ("./Output", ".", "Output")])
    func splitsAtTheLastSlash(path: String, parent: String, name: String) {
        let split = PathRules.split(path)
        #expect(split.parent == parent && split.name == name)
    }
}
