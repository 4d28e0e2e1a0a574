@testable import AssayCore
import Testing

/// A session's parse puts a changed file's annotations in place of its old ones when they fit, and otherwise puts every
/// file together again; either way the result is the one a parse from nothing gives.
struct ContentAssemblyTests {
    private static func fixture(_ changes: [String: String] = [:]) -> [ContentFile] {
        var extra = [
            "assessments/alpha--cost.md": assessment("alpha", "cost", level: "low"),
            "assessments/beta--cost.md": assessment("beta", "cost", level: "high"),
            "assessments/gamma--no-gamma.md": assessment("gamma", "no-gamma", crosses: true),
        ]
        extra.merge(changes) { _, new in new }
        return ContentFixture.small(extra: extra).contentFiles.sorted { $0.relativePath < $1.relativePath }
    }

    private static func digests(_ files: [ContentFile]) -> [String: ContentDigest] {
        Dictionary(uniqueKeysWithValues: files.map { ($0.displayPath, ContentDigest.of($0.bytes)) })
    }

    /// Parses `changed` with what parsing `files` kept, and from nothing; both must give the same annotations.
    private static func compare(_ files: [ContentFile], then changed: [ContentFile]) -> (kept: ContentAssembly?, again: ContentAssembly?) {
        let first = ContentParser.parse(files, digests: digests(files), reusing: nil)
        let again = ContentParser.parse(changed, digests: digests(changed), reusing: first.assembly)
        let fresh = ContentParser.parse(changed)
        #expect(again.content.assessments == fresh.content.assessments)
        #expect(again.content.options == fresh.content.options)
        #expect(again.content.criteria == fresh.content.criteria)
        #expect(again.content.actors == fresh.content.actors)
        #expect(again.content.bodyLines == fresh.content.bodyLines)
        #expect(again.diagnostics == fresh.diagnostics)
        return (first.assembly, again.assembly)
    }

    @Test func aChangedRationaleIsPutInPlace() throws {
        let changed = Self.fixture(["assessments/beta--cost.md": assessment("beta", "cost", level: "low") + "\nEdited."])
        let (kept, again) = Self.compare(Self.fixture(), then: changed)
        let before = try #require(kept), after = try #require(again)
        // Put in place: the same entries, in the same places, one of them with its new parse.
        #expect(after.paths == before.paths)
        #expect(after.isPatched)
        #expect(after.content.assessments.map(\.rationale).filter { $0.hasSuffix("Edited.") }.count == 1)
    }

    @Test func aFileThatNowDeclaresMoreIsAssembledAgain() {
        // An option file turned into one with a problem, an added file, and a removed one: each is a full assembly.
        let broken = Self.fixture(["options/beta.md": "---\ntitle: [unclosed\n---\n"])
        #expect(Self.compare(Self.fixture(), then: broken).again?.isPatched == false)
        let added = Self.fixture(["assessments/alpha--no-gamma.md": assessment("alpha", "no-gamma", crosses: false)])
        #expect(Self.compare(Self.fixture(), then: added).again?.isPatched == false)
        #expect(Self.compare(added, then: Self.fixture()).again?.isPatched == false)
    }

    @Test func aChangedProblemIsReportedWhereAFullParseReportsIt() {
        let bad = Self.fixture(["assessments/beta--cost.md": assessment("beta", "cost", level: "low").replacingOccurrences(of: "confidence: medium", with: "confidence: sure")])
        // A file with a problem may declare nothing: then it no longer fits, and everything is put together again.
        _ = Self.compare(Self.fixture(), then: bad)
        _ = Self.compare(bad, then: Self.fixture())
    }

    @Test func nothingChangedKeepsEverything() throws {
        let (kept, again) = Self.compare(Self.fixture(), then: Self.fixture())
        #expect(try #require(again).paths == (try #require(kept)).paths)
    }
}
