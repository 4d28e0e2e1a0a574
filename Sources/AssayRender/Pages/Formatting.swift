/// Numbers as the report shows them: fixed decimals, the same in every locale.
enum Formatting {
    static func decimal(_ value: Double, places: Int = 2) -> String { value.fixedDecimals(places) }

    /// The range an incomplete option's score could take, as the ranking prints it.
    static func scoreRange(_ low: Double?, _ high: Double?) -> String {
        low.flatMap { low in high.map { "\(decimal(low))–\(decimal($0))" } } ?? "unknown"
    }

    static func weight(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : decimal(value, places: 3)
    }
}
