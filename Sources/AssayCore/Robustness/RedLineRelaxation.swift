/// What an actor's ranking would be if one red line were a strong preference instead of a veto.
public struct RedLineRelaxation: Sendable, Codable, Equatable {
    public struct Place: Sendable, Codable, Equatable {
        public var optionID: OptionID
        public var rank: Int
        public var score: Double
    }

    public var criterionID: CriterionID
    /// The weight the red line gets: the largest among the actor's preferences (1 without any).
    public var weight: Double
    /// Options this red line alone vetoes, which the relaxed ranking lets back in.
    public let readmitted: [OptionID]
    /// The whole ranking with the red line as a preference: crossing it scores 0 on it, respecting it 1.
    public let ranking: [Place]
    // Pages ask where one option lands: by index, so they do not scan the ranking.
    private let placeByOption: [OptionID: Int]

    private enum CodingKeys: String, CodingKey {
        case criterionID, weight, readmitted, ranking
    }

    public init(criterionID: CriterionID, weight: Double, readmitted: [OptionID], ranking: [Place]) {
        self.criterionID = criterionID
        self.weight = weight
        self.readmitted = readmitted
        self.ranking = ranking
        self.placeByOption = Dictionary(ranking.enumerated().map { ($1.optionID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(criterionID: try container.decode(CriterionID.self, forKey: .criterionID),
                  weight: try container.decode(Double.self, forKey: .weight),
                  readmitted: try container.decode([OptionID].self, forKey: .readmitted),
                  ranking: try container.decode([Place].self, forKey: .ranking))
    }

    /// Where the option lands in the relaxed ranking; `nil` when it is not ranked there.
    public func place(of optionID: OptionID) -> Place? { placeByOption[optionID].map { ranking[$0] } }

    /// - Parameter weights: the actor's preference weights, by criterion id.
    public static func analyse(_ evaluation: ActorEvaluation, weights: [CriterionID: Double]) -> [RedLineRelaxation] {
        let strongest = evaluation.preferenceIDs.compactMap { weights[$0] }.max() ?? 1
        return evaluation.redLineIDs.map { lineID in
            var scores: [(id: OptionID, score: Double)] = []
            var readmitted: [OptionID] = []
            for result in evaluation.results {
                let others = result.redLineChecks.filter { $0.criterionID != lineID }
                guard let check = result.redLineChecks.first(where: { $0.criterionID == lineID }), let crosses = check.crosses,
                      others.allSatisfy({ $0.crosses == false }), result.gaps.isEmpty else { continue }
                let known = result.contributions.reduce(0) { $0 + $1.weight * $1.value }
                scores.append((result.optionID, (known + (crosses ? 0 : strongest)) / (evaluation.totalWeight + strongest)))
                if crosses { readmitted.append(result.optionID) }
            }
            let ranking = CompetitionRanking.rank(scores).map { Place(optionID: $0.id, rank: $0.rank, score: $0.score) }
            return RedLineRelaxation(criterionID: lineID, weight: strongest, readmitted: readmitted.sorted(), ranking: ranking)
        }
    }
}
