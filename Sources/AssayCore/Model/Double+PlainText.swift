extension Double {
    /// The number as an analyst writes it: `3` for a whole number, `2.5` otherwise (Swift's shortest form).
    var plainText: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}

extension Double {
    /// Fixed decimals, the same in every locale, without Foundation's formatter (which goes through ICU and
    /// dominated the render time of large reports).
    public func fixedDecimals(_ places: Int) -> String {
        guard isFinite else { return isNaN ? "NaN" : (self < 0 ? "-∞" : "∞") }
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        let scaled = (abs(self) * factor).rounded()
        let whole = Int(scaled / factor)
        let fraction = Int(scaled - Double(whole) * factor)
        let sign = self < 0 && scaled > 0 ? "-" : ""
        guard places > 0 else { return sign + String(whole) }
        let digits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: places - digits.count) + digits
    }

    /// A share (0…1) as a percentage with fixed decimals: `0.57` is "57%".
    public func percentText(places: Int = 0) -> String { (self * 100).fixedDecimals(places) + "%" }
}
