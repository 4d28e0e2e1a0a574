import Testing
@testable import AssayCore

@Suite struct RevisionDateTests {
    /// `assay snapshot` proposes the day after the latest revision, a date it accepts.
    @Test(arguments: [("2026-12-03", "2026-12-04"), ("2026-02-28", "2026-03-01"), ("2024-02-28", "2024-02-29"),
                      ("2024-02-29", "2024-03-01"), ("2026-12-31", "2027-01-01"), ("0999-12-31", "1000-01-01")])
    func theDayAfter(date: String, next: String) {
        #expect(RevisionDate.dayAfter(date) == next)
        #expect(RevisionDate.isValid(next))
    }

    @Test func notADate() {
        #expect(RevisionDate.dayAfter("2026-02-30") == nil)
    }
}
