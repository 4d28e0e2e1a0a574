import Foundation
import Testing

/// Runs the `assay` command on every case of the catalogue, as a user would, in a folder of its own:
/// the exact first error and hint, a non-zero exit status, and the previous report left byte for byte.
@Suite struct BadInputCatalogueTests {
    @Test func theCatalogueHasAtLeastFortyDistinctCases() {
        #expect(BadInputCatalogue.cases.count >= 40)
        #expect(Set(BadInputCatalogue.cases.map(\.name)).count == BadInputCatalogue.cases.count)
        #expect(Set(BadInputCatalogue.cases.map(\.error)).count >= 38)
    }

    @Test(arguments: BadInputCatalogue.cases)
    func failsWithOneClearErrorAndKeepsTheLastReport(_ badCase: BadInputCase) throws {
        let run = try AssayRun.prepared()
        try run.apply(badCase.changes)
        let before = try run.snapshotOutput()
        let result = try run.assay(badCase.arguments)
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == badCase.error, "stderr was:\n\(result.stderr)")
        #expect(lines.dropFirst().first == "    hint: \(badCase.hint)")
        #expect(lines.last?.hasPrefix("assay: ") == true)
        #expect(try run.snapshotOutput() == before, "the previous Output/ must be untouched")
        #expect(try run.strayFolders() == [], "no temporary folder is left behind")
    }
}
