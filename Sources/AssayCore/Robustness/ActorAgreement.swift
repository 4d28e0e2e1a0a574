/// Beyond one actor: what every actor can accept, what no option beats for all, and who blocks the rest.
public struct ActorAgreement: Sendable, Codable, Equatable {
    /// Why one actor blocks one option.
    public struct Block: Sendable, Codable, Equatable {
        public var optionID: String
        public var actorID: String
        /// Red lines the option crosses; empty when the actor cannot score it instead.
        public var redLines: [String]
        /// Criteria it is not assessed on, when that is what keeps it out.
        public var missing: [String]
    }

    /// Options every actor with criteria can accept and score.
    public var zone: [String]
    /// Options in the zone that no other option in it beats or equals on every actor's score while beating it on one.
    public var paretoOptimal: [String]
    public var blocks: [Block]

    public init(zone: [String] = [], paretoOptimal: [String] = [], blocks: [Block] = []) {
        self.zone = zone
        self.paretoOptimal = paretoOptimal
        self.blocks = blocks
    }

    public static func analyse(_ evaluations: [ActorEvaluation], options: [String]) -> ActorAgreement {
        guard !evaluations.isEmpty else { return ActorAgreement(zone: [], paretoOptimal: [], blocks: []) }
        var blocks: [Block] = []
        for option in options {
            for evaluation in evaluations {
                switch evaluation.result(for: option)?.verdict {
                case .vetoed(let lines)?: blocks.append(Block(optionID: option, actorID: evaluation.actorID, redLines: lines, missing: []))
                case .incomplete(_, _, let missing)?: blocks.append(Block(optionID: option, actorID: evaluation.actorID, redLines: [], missing: missing))
                default: break
                }
            }
        }
        let blocked = Set(blocks.map(\.optionID))
        let zone = options.filter { !blocked.contains($0) }
        let scores = Dictionary(uniqueKeysWithValues: zone.map { option in
            (option, evaluations.map { $0.result(for: option)?.score ?? 0 })
        })
        let tolerance = CompetitionRanking.tolerance
        let pareto = zone.filter { option in
            !zone.contains { other in
                guard other != option, let a = scores[other], let b = scores[option] else { return false }
                let noWorse = zip(a, b).allSatisfy { $0 >= $1 - tolerance }
                let better = zip(a, b).contains { $0 > $1 + tolerance }
                return noWorse && better
            }
        }
        return ActorAgreement(zone: zone, paretoOptimal: pareto, blocks: blocks)
    }
}
