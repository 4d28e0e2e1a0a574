/// Numbers as the report shows them: fixed decimals, the same in every locale, without Foundation's
/// formatter (which goes through ICU and dominated the render time of large reports).
enum Formatting {
    static func decimal(_ value: Double, places: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        let scaled = (abs(value) * factor).rounded()
        let whole = Int(scaled / factor)
        let fraction = Int(scaled - Double(whole) * factor)
        let sign = value < 0 && scaled > 0 ? "-" : ""
        guard places > 0 else { return sign + String(whole) }
        let digits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: places - digits.count) + digits
    }

    /// The range an incomplete option's score could take, as the ranking prints it.
    static func scoreRange(_ low: Double?, _ high: Double?) -> String {
        low.flatMap { low in high.map { "\(decimal(low))–\(decimal($0))" } } ?? "unknown"
    }

    static func weight(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : decimal(value, places: 3)
    }
}
