import AssayCore
@testable import AssaySite
import Testing

struct InputDigestsTests {
    private let one = ContentDigest(high: 1, low: 1), two = ContentDigest(high: 2, low: 2)

    @Test func changedAddedAndRemovedPathsAreListedSorted() {
        let old = ["Content/b.md": one, "Content/a.md": one, "Content/gone.md": two, "Content/same.md": two]
        let new = ["Content/b.md": two, "Content/a.md": one, "Content/new.md": one, "Content/same.md": two]
        #expect(InputDigests.changed(from: old, to: new) == ["Content/b.md", "Content/gone.md", "Content/new.md"])
    }

    @Test func identicalInputsChangeNothing() {
        let inputs = ["Content/a.md": one, "Templates/page.html": two]
        #expect(InputDigests.changed(from: inputs, to: inputs).isEmpty)
        #expect(InputDigests.changed(from: [:], to: inputs) == ["Content/a.md", "Templates/page.html"])
    }
}
