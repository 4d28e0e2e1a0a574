import Foundation
import Testing
@testable import AssayRender

/// Seeded random values, each compared byte for byte with Foundation's `JSONEncoder`.
@Suite struct PrettyJSONEncoderRandomTests {
    @Test(arguments: 0..<8)
    func randomValuesMatchFoundation(batch: Int) throws {
        var generator = JSONSampleGenerator(seed: 0x4A53_4F4E_0000 + UInt64(batch))
        for _ in 0..<250 {
            try expectSameJSON(generator.value(depth: 5))
        }
    }

    @Test(arguments: 0..<4)
    func randomLeavesMatchFoundation(batch: Int) throws {
        var generator = JSONSampleGenerator(seed: 0x4C45_4146_0000 + UInt64(batch))
        try expectSameJSON((0..<2000).map { _ in generator.leaf() })
        try expectSameJSON(JSONSample.object((0..<500).map { _ in .init(key: generator.key(), value: generator.leaf()) }))
    }
}
