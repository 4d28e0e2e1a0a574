/// What the report concludes, the verdict a reader meets first: one entry per evaluated actor, the leading actor
/// first. Pure data, read off the model and its evaluation.
public struct ReportSummary: Sendable, Codable, Equatable {
    /// One actor's conclusion.
    public struct ActorVerdict: Sendable, Codable, Equatable {
        public var actorID: ActorID
        /// The options ranked first: several when their scores tie; empty when none is ranked.
        public var first: [OptionID]
        public var score: Double?
        /// The share of rank-acceptability draws in which the first option ranks first; nil without draws.
        public var firstPlaceShare: Double?
        /// The preference whose weight may move least before the ranking changes; nil with fewer than two preferences.
        public var narrowestBand: Band?
        /// Whether the actor has preferences; without, it only accepts or vetoes (`acceptable`).
        public var hasPreferences: Bool
        /// The options the actor can accept (ranked), in ranking order.
        public var acceptable: [OptionID]
        public var vetoedCount: Int
        public var optionCount: Int
        /// The author's first choice for this actor, when the author ranks the options.
        public var statedFirst: [OptionID]?
        public var kendallTau: Double?
        /// The options both the author's and the computed ranking order, over which τ is taken.
        public var comparedCount: Int
        /// Where the author's ranking and the evidence disagree, one sentence each.
        public var tensions: [String]
    }

    /// The band of shares of the total weight over which one preference's weight leaves the ranking as it is.
    public struct Band: Sendable, Codable, Equatable {
        public var criterionID: CriterionID
        public var share: Double
        public var lowerShare: Double
        public var upperShare: Double
    }

    public var actors: [ActorVerdict]

    /// The summary of an evaluated model.
    public static func of(_ model: ReportModel, _ evaluation: ReportEvaluation) -> ReportSummary {
        let evaluated = Set(evaluation.actors.map(\.actorID))
        return ReportSummary(actors: actorOrder(model).filter(evaluated.contains).compactMap { id in
            evaluation.actor(id).map { verdict($0, robustness: evaluation.robustness(of: id), model: model) }
        })
    }

    /// Every actor, leading actor first: those `site.yml` lists, in its order; then those with a stated ranking; then
    /// those with more criteria; then by name. Never by id alone: ids are file names, not importance.
    public static func actorOrder(_ model: ReportModel) -> [ActorID] {
        let listed = model.site.actorOrder
        let position = Dictionary(listed.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let criteriaCount = Dictionary(grouping: model.criteria, by: \.actorID).mapValues(\.count)
        let stated = Set(model.statedRankings.map(\.actorID))
        return model.actors.sorted { a, b in
            let keyA = (position[a.id] ?? Int.max, stated.contains(a.id) ? 0 : 1, -(criteriaCount[a.id] ?? 0))
            let keyB = (position[b.id] ?? Int.max, stated.contains(b.id) ? 0 : 1, -(criteriaCount[b.id] ?? 0))
            if keyA != keyB { return keyA < keyB }
            return (a.name, a.id) < (b.name, b.id)
        }.map(\.id)
    }

    // Not optimised: Swift 6.3.1's release build crashes in this function (an ownership error in CopyPropagation),
    // however it is written; it runs once per actor.
    @_optimize(none)
    private static func verdict(_ actor: ActorEvaluation, robustness: ActorRobustness?, model: ReportModel) -> ActorVerdict {
        let scores = !actor.preferenceIDs.isEmpty
        var first: [OptionID] = []
        var score: Double?
        if scores, let leader = actor.ranked.first {
            score = leader.score
            for result in actor.ranked where result.rank == leader.rank { first.append(result.optionID) }
        }
        var share: Double?
        var band: Band?
        if let robustness {
            if scores, robustness.acceptability.draws > 0, let id = first.first, let entry = robustness.acceptability.entry(for: id) {
                share = entry.shares.first
            }
            band = narrowestBand(robustness.stability)
        }
        var statedFirst: [OptionID]?
        if let stated = model.statedRanking(of: actor.actorID) { statedFirst = stated.groups.first }
        var tau: Double?
        var compared = 0
        var tensions: [String] = []
        if let comparison = actor.comparison {
            tau = comparison.kendallTau
            compared = comparison.commonOptions.count
            for tension in comparison.tensions { tensions.append(tension.summary) }
        }
        var vetoed = 0
        for result in actor.results where result.verdict.isVetoed { vetoed += 1 }
        var acceptable: [OptionID] = []
        for result in actor.ranked { acceptable.append(result.optionID) }
        return ActorVerdict(
            actorID: actor.actorID, first: first, score: score, firstPlaceShare: share, narrowestBand: band, hasPreferences: scores,
            acceptable: acceptable, vetoedCount: vetoed, optionCount: actor.results.count, statedFirst: statedFirst, kendallTau: tau,
            comparedCount: compared, tensions: tensions)
    }

    /// The preference with the narrowest band; widths equal but for rounding count as equal, and the criterion id decides.
    private static func narrowestBand(_ stability: [WeightStability]) -> Band? {
        var best: (width: Double, entry: WeightStability)?
        for entry in stability where !entry.isOnlyPreference {
            let width = ((entry.upperShare - entry.lowerShare) * 1e9).rounded()
            if let current = best, (current.width, current.entry.criterionID) <= (width, entry.criterionID) { continue }
            best = (width, entry)
        }
        guard let entry = best?.entry else { return nil }
        return Band(criterionID: entry.criterionID, share: entry.share, lowerShare: entry.lowerShare, upperShare: entry.upperShare)
    }
}
