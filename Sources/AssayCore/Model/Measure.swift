/// How a figure from the text maps onto a preference's 0–1 values: linearly between the figure that is worst and
/// the one that is best, or by thresholds onto the preference's levels.
public struct Measure: Sendable, Equatable {
    /// A threshold: figures from `from` up (to the next threshold) sit at `level`.
    public struct Threshold: Sendable, Equatable {
        public var level: LevelID
        public var from: Double

        public init(level: LevelID, from: Double) {
            self.level = level
            self.from = from
        }
    }

    public var unit: String?
    /// Linear: the figure worth 0 and the one worth 1 (`best` below `worst` when less is better).
    public var worst: Double?
    public var best: Double?
    /// Thresholds, ascending; below the first, the one level no threshold names (the cheapest level of a cost, whose
    /// thresholds name the dearer ones), else the scale's first level.
    public var thresholds: [Threshold]

    public init(unit: String? = nil, worst: Double? = nil, best: Double? = nil, thresholds: [Threshold] = []) {
        self.unit = unit
        self.worst = worst
        self.best = best
        self.thresholds = thresholds
    }

    /// The 0–1 value of a figure.
    func value(of figure: Double, scale: [Criterion.Level]) -> Double? {
        if let worst, let best, worst != best {
            return min(1, max(0, (figure - worst) / (best - worst)))
        }
        guard !thresholds.isEmpty else { return nil }
        let level = thresholds.last { $0.from <= figure }?.level ?? belowFirstThreshold(scale)
        return scale.first { $0.id == level }?.value
    }

    private func belowFirstThreshold(_ scale: [Criterion.Level]) -> LevelID? {
        let named = Set(thresholds.map(\.level))
        let unnamed = scale.filter { !named.contains($0.id) }
        return unnamed.count == 1 ? unnamed[0].id : scale.first?.id
    }

    /// The level id an assessment's figure is kept under: `=150`, or `=140..185` for a range.
    public static func levelID(_ low: Double, _ high: Double? = nil) -> LevelID {
        LevelID("=" + low.plainText + (high.map { ".." + $0.plainText } ?? ""))
    }

    /// Figures as the pages say them: "140–185 %", and with a true minus sign and "to" when a figure is negative,
    /// since "-1–1 %" reads as a typo ("−1 to 1 %").
    public static func text(_ low: Double, _ high: Double, unit: String?) -> String {
        let suffix = unit.map { " " + $0 } ?? ""
        let figure = { (value: Double) in value < 0 ? "\u{2212}" + (-value).plainText : value.plainText }
        if low == high { return figure(low) + suffix }
        return figure(low) + (low < 0 || high < 0 ? " to " : "–") + figure(high) + suffix
    }

    /// The figures a level id holds, when it is one of `levelID`'s.
    public static func figures(_ levelID: LevelID) -> (low: Double, high: Double)? {
        guard levelID.rawValue.hasPrefix("=") else { return nil }
        let parts = levelID.rawValue.dropFirst().components(separatedBy: "..")
        guard let low = Double(parts[0]) else { return nil }
        guard parts.count == 2 else { return (low, low) }
        return Double(parts[1]).map { (low, $0) }
    }
}
