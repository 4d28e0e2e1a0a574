/// The computed ranking set against the author's stated ranking for the same actor.
public struct RankingComparison: Sendable, Codable {
    /// A pair of options the two rankings order differently: the author puts `statedHigher` first.
    public struct Pair: Sendable, Codable, Equatable, Hashable {
        public var statedHigher: String
        public var statedLower: String

        public init(statedHigher: String, statedLower: String) {
            self.statedHigher = statedHigher
            self.statedLower = statedLower
        }
    }

    /// Options both rankings contain, in the author's order.
    public var commonOptions: [String]
    /// Kendall's tau-b over the common options; `nil` with fewer than two, or when the computed ranking ties them all.
    public var kendallTau: Double?
    public var concordantPairs: Int
    public var discordantPairs: [Pair]
    /// Pairs the author orders but the computed ranking ties.
    public var tiedPairs: [Pair]
    public var tensions: [Tension]

    public init(commonOptions: [String], kendallTau: Double?, concordantPairs: Int, discordantPairs: [Pair],
                tiedPairs: [Pair], tensions: [Tension]) {
        self.commonOptions = commonOptions
        self.kendallTau = kendallTau
        self.concordantPairs = concordantPairs
        self.discordantPairs = discordantPairs
        self.tiedPairs = tiedPairs
        self.tensions = tensions
    }
}

/// A place where the author's ranking and the annotated evidence disagree.
public struct Tension: Sendable, Codable, Equatable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// The author ranks the option as acceptable, yet it crosses a red line the article states.
        case rankedButVetoed = "ranked-but-vetoed"
        /// The author calls the option unacceptable, yet it crosses none of the actor's red lines.
        case unacceptableButPasses = "unacceptable-but-passes"
        /// The author orders two options one way, their scores the other.
        case discordantPair = "discordant-pair"
        /// The author ranks the option, but missing assessments keep it from being scored.
        case rankedButUnscored = "ranked-but-unscored"
    }

    public var kind: Kind
    public var optionIDs: [String]
    /// The criteria involved: red lines crossed, or assessments missing.
    public var criterionIDs: [String]
    /// One sentence, in the model's own names.
    public var summary: String

    public init(kind: Kind, optionIDs: [String], criterionIDs: [String], summary: String) {
        self.kind = kind
        self.optionIDs = optionIDs
        self.criterionIDs = criterionIDs
        self.summary = summary
    }
}
