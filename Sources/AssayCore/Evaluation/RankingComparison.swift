/// The computed ranking set against the author's stated ranking for the same actor.
public struct RankingComparison: Sendable, Codable, Equatable {
    /// A pair of options the two rankings order differently: the author puts `statedHigher` first.
    public struct Pair: Sendable, Codable, Equatable, Hashable {
        public var statedHigher: OptionID
        public var statedLower: OptionID

        public init(statedHigher: OptionID, statedLower: OptionID) {
            self.statedHigher = statedHigher
            self.statedLower = statedLower
        }
    }

    /// Options both rankings contain, in the author's order.
    public var commonOptions: [OptionID]
    /// Kendall's tau-b over the common options; `nil` with fewer than two, or when the computed ranking ties them all.
    public var kendallTau: Double?
    public var concordantPairs: Int
    public var discordantPairs: [Pair]
    /// Pairs the author orders but the computed ranking ties.
    public var tiedPairs: [Pair]
    /// Pairs of common options the author ties (`statedHigher` is simply the first listed).
    public var statedTies: [Pair]
    /// Pairs of common options the author leaves unordered: neither the groups nor the pairs say which is better.
    public var unorderedPairs: [Pair]
    public var tensions: [Tension]

    /// How the pairs of common options fall: the agreeing ones counted, the others listed.
    public struct PairCounts: Sendable, Equatable {
        public var concordant: Int
        public var discordant: [Pair]
        public var tied: [Pair]
        public var statedTies: [Pair]
        public var unordered: [Pair]

        public init(concordant: Int, discordant: [Pair], tied: [Pair], statedTies: [Pair] = [], unordered: [Pair] = []) {
            self.concordant = concordant
            self.discordant = discordant
            self.tied = tied
            self.statedTies = statedTies
            self.unordered = unordered
        }
    }

    public init(commonOptions: [OptionID], kendallTau: Double?, pairs: PairCounts, tensions: [Tension]) {
        self.commonOptions = commonOptions
        self.kendallTau = kendallTau
        self.concordantPairs = pairs.concordant
        self.discordantPairs = pairs.discordant
        self.tiedPairs = pairs.tied
        self.statedTies = pairs.statedTies
        self.unorderedPairs = pairs.unordered
        self.tensions = tensions
    }
}

/// A place where the author's ranking and the annotated evidence disagree.
public struct Tension: Sendable, Codable, Equatable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
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
    public var optionIDs: [OptionID]
    /// The criteria involved: red lines crossed, or assessments missing.
    public var criterionIDs: [CriterionID]
    /// One sentence, in the model's own names.
    public var summary: String

    public init(kind: Kind, optionIDs: [OptionID], criterionIDs: [CriterionID], summary: String) {
        self.kind = kind
        self.optionIDs = optionIDs
        self.criterionIDs = criterionIDs
        self.summary = summary
    }
}
