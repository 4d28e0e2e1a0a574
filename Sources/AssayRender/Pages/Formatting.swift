import Foundation

/// Numbers as the report shows them: fixed decimals, so pages never depend on the locale.
enum Formatting {
    static func decimal(_ value: Double, places: Int = 2) -> String {
        String(format: "%.\(places)f", locale: Locale(identifier: "en_US_POSIX"), value)
    }

    /// A CSS width for a share in [0, 1].
    static func percent(_ share: Double) -> String {
        decimal(max(0, min(1, share)) * 100, places: 1) + "%"
    }

    static func weight(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : decimal(value, places: 3)
    }
}
