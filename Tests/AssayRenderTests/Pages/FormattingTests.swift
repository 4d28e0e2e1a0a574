import Testing
@testable import AssayRender

@Suite struct FormattingTests {
    @Test(arguments: [
        (0.9166666666666666, 2, "0.92"), (0.75, 2, "0.75"), (0.125, 2, "0.13"), (1, 2, "1.00"), (0, 3, "0.000"),
        (0.0416666, 3, "0.042"), (-0.5, 2, "-0.50"), (-0.001, 2, "0.00"), (12.5, 1, "12.5"), (2.0 / 3.0, 0, "1"),
    ])
    func decimals(value: Double, places: Int, expected: String) {
        #expect(Formatting.decimal(value, places: places) == expected)
    }

    @Test func weightsPrintAsWrittenWhenWhole() {
        #expect(Formatting.weight(3) == "3")
        #expect(Formatting.weight(0.25) == "0.250")
    }
}
