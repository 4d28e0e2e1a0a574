/// Beyond one actor: what every actor can accept, what no option beats for all, and who blocks the rest.
///
/// Pages ask about options one at a time (`isInZone`, `isParetoOptimal`, `blocks(of:)`): those lookups use
/// indexes built once at construction, so no page scans every option.
public struct ActorAgreement: Sendable, Codable, Equatable {
    /// Why one actor blocks one option.
    public struct Block: Sendable, Codable, Equatable {
        public var optionID: OptionID
        public var actorID: ActorID
        /// Red lines the option crosses; empty when the actor cannot score it instead.
        public var redLines: [CriterionID]
        /// Criteria it is not assessed on, when that is what keeps it out.
        public var missing: [CriterionID]
    }

    /// Options every actor with criteria can accept and score.
    public let zone: [OptionID]
    /// Options in the zone that no other option in it beats or equals on every actor's score while beating it on one.
    public let paretoOptimal: [OptionID]
    /// Every (option, actor) pair that keeps an option out of the zone, option by option in option order.
    public let blocks: [Block]
    private let zoneMembers: Set<OptionID>
    private let paretoMembers: Set<OptionID>
    private let blocksByOption: [OptionID: [Int]]

    private enum CodingKeys: String, CodingKey {
        case zone, paretoOptimal, blocks
    }

    public init(zone: [OptionID] = [], paretoOptimal: [OptionID] = [], blocks: [Block] = []) {
        self.zone = zone
        self.paretoOptimal = paretoOptimal
        self.blocks = blocks
        self.zoneMembers = Set(zone)
        self.paretoMembers = Set(paretoOptimal)
        self.blocksByOption = Dictionary(grouping: blocks.indices, by: { blocks[$0].optionID })
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(zone: try container.decode([OptionID].self, forKey: .zone),
                  paretoOptimal: try container.decode([OptionID].self, forKey: .paretoOptimal),
                  blocks: try container.decode([Block].self, forKey: .blocks))
    }

    /// Whether every actor with criteria can accept and score the option.
    public func isInZone(_ optionID: OptionID) -> Bool { zoneMembers.contains(optionID) }

    /// Whether the option is in the zone and no other option in it dominates it.
    public func isParetoOptimal(_ optionID: OptionID) -> Bool { paretoMembers.contains(optionID) }

    /// Who blocks the option, and why, in actor order; empty for an option in the zone.
    public func blocks(of optionID: OptionID) -> [Block] { (blocksByOption[optionID] ?? []).map { blocks[$0] } }

    /// - Parameter options: every option id, in the order the zone and the blocks list them.
    public static func analyse(_ evaluations: [ActorEvaluation], options: [OptionID]) -> ActorAgreement {
        var work = WorkTally()
        return analyse(evaluations, options: options, work: &work)
    }

    /// Linear in options × actors for the zone and the blocks; the Pareto filter is `ParetoFront`'s.
    static func analyse(_ evaluations: [ActorEvaluation], options: [OptionID], work: inout WorkTally) -> ActorAgreement {
        guard !evaluations.isEmpty else { return ActorAgreement(zone: [], paretoOptimal: [], blocks: []) }
        var blocks: [Block] = []
        var zone: [OptionID] = []
        var scores: [Double] = []
        for option in options {
            var blocked = false
            for evaluation in evaluations {
                work.count()
                switch evaluation.result(for: option)?.verdict {
                case .vetoed(let lines)?:
                    blocks.append(Block(optionID: option, actorID: evaluation.actorID, redLines: lines, missing: []))
                    blocked = true
                case .incomplete(_, _, let missing)?:
                    blocks.append(Block(optionID: option, actorID: evaluation.actorID, redLines: [], missing: missing))
                    blocked = true
                default: break
                }
            }
            guard !blocked else { continue }
            zone.append(option)
            for evaluation in evaluations {
                work.count()
                scores.append(evaluation.result(for: option)?.score ?? 0)
            }
        }
        let undominated = ParetoFront.undominated(scores, dimensions: evaluations.count, tolerance: CompetitionRanking.tolerance,
                                                  work: &work)
        let pareto = zone.indices.filter { undominated[$0] }.map { zone[$0] }
        return ActorAgreement(zone: zone, paretoOptimal: pareto, blocks: blocks)
    }
}
