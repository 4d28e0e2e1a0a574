import Foundation
import Testing

/// Every seed of the fuzzer and every input that once crashed it, run through the fuzz target itself.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var inputs: [String] {
        ["Fuzz/corpus", "Tests/Fixtures/fuzz-regressions"].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.path + "/" + folder)) ?? [])
                .filter { !$0.hasPrefix(".") && $0 != "README" }.sorted().map { folder + "/" + $0 }
        }
    }

    @Test func thereAreSeeds() {
        #expect(Self.inputs.filter { $0.hasPrefix("Fuzz/corpus/") }.count >= 6)
    }

    @Test(arguments: inputs)
    func runsWithoutCrashing(_ path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent(path)))
        let status = bytes.withUnsafeBufferPointer { fuzz($0.baseAddress!, $0.count) }
        #expect(status == 0)
    }
}
