/// Checks the analyst's expectations against the evaluation; each one that does not hold is an error at its place.
public enum ExpectationChecker {
    public static func check(_ expectations: [Expectation], against evaluation: ReportEvaluation) -> [Diagnostic] {
        expectations.compactMap { expectation in
            guard let failure = failure(expectation.claim, evaluation) else { return nil }
            return .error(at: expectation.location, "expectation not met: \(failure)",
                          hint: "the report concludes otherwise: check the assessments behind it, or change the expectation")
        }
    }

    /// Why the claim does not hold, or `nil` when it does.
    static func failure(_ claim: Expectation.Claim, _ evaluation: ReportEvaluation) -> String? {
        func result(_ actor: ActorID, _ option: OptionID) -> OptionResult? { evaluation.actor(actor)?.result(for: option) }
        /// Which options hold a rank now, so the message says what took the expected place, and on which assessments
        /// they beat the expected option.
        func holders(_ actor: ActorID, _ rank: Int, instead option: OptionID) -> String {
            let holding = evaluation.actor(actor)?.ranked.filter { $0.rank == rank } ?? []
            guard !holding.isEmpty else { return "" }
            let expected = result(actor, option)
            let names = holding.map { holder in "'\(holder.optionID)'" + (expected.map { ahead(holder, of: $0) } ?? "") }
            return "; rank \(rank) is held by \(names.joined(separator: " and "))"
        }
        func describe(_ result: OptionResult?) -> String {
            switch result?.verdict {
            case .ranked(let rank, _)?: "it ranks \(rank)"
            case .vetoed(let lines)?: "it is vetoed by \(lines.joined(separator: ", "))"
            case .incomplete?: "it cannot be scored"
            case nil: "the actor is not evaluated"
            }
        }
        switch claim {
        case .top(let actor, let option):
            let found = result(actor, option)
            return found?.rank == 1 ? nil : "'\(option)' should rank first for '\(actor)', but \(describe(found))\(holders(actor, 1, instead: option))"
        case .rank(let actor, let option, let rank):
            let found = result(actor, option)
            return found?.rank == rank ? nil : "'\(option)' should rank \(rank) for '\(actor)', but \(describe(found))\(holders(actor, rank, instead: option))"
        case .vetoed(let actor, let option, let by):
            let found = result(actor, option)
            guard case .vetoed(let lines)? = found?.verdict else { return "'\(option)' should be vetoed by '\(actor)', but \(describe(found))" }
            if let by, !lines.contains(by) { return "'\(option)' should be vetoed by the red line '\(by)', but \(describe(found))" }
            return nil
        case .acceptable(let actor, let option):
            let found = result(actor, option)
            return found?.verdict.isRanked == true ? nil : "'\(option)' should be acceptable to '\(actor)', but \(describe(found))"
        case .minimumTau(let actor, let value):
            guard let tau = evaluation.actor(actor)?.comparison?.kendallTau else {
                return "Kendall's tau for '\(actor)' should be at least \(value), but it is undefined"
            }
            return tau >= value - 1e-12 ? nil : "Kendall's tau for '\(actor)' should be at least \(value), but it is \(tau)"
        case .tension(let actor, let kind, let option):
            let tensions = evaluation.actor(actor)?.comparison?.tensions ?? []
            let found = tensions.contains { $0.kind == kind && (option.map($0.optionIDs.contains) ?? true) }
            return found ? nil : "a '\(kind.rawValue)' tension\(option.map { " about '\($0)'" } ?? "") should be reported for '\(actor)', but it is not"
        case .inAgreementZone(let option):
            return evaluation.agreement.zone.contains(option) ? nil : "'\(option)' should be acceptable to every actor, but it is blocked"
        case .paretoOptimal(let option):
            return evaluation.agreement.paretoOptimal.contains(option) ? nil : "'\(option)' should be Pareto-optimal, but another option beats it"
        }
    }

    /// The assessments on which `holder` gains more than `expected` (at most two, the largest gaps first), with both
    /// levels: what an analyst reads to see why the ranking is not the expected one. Empty when the expected option
    /// has no score to compare.
    static func ahead(_ holder: OptionResult, of expected: OptionResult) -> String {
        guard expected.verdict.isRanked, holder.optionID != expected.optionID else { return "" }
        let theirs = Dictionary(expected.contributions.map { ($0.criterionID, $0) }, uniquingKeysWith: { first, _ in first })
        let gains = holder.contributions.compactMap { mine -> (Contribution, Contribution, Double)? in
            guard let other = theirs[mine.criterionID], mine.contribution > other.contribution + 1e-12 else { return nil }
            return (mine, other, mine.contribution - other.contribution)
        }.sorted { $0.2 > $1.2 }.prefix(2)
        guard !gains.isEmpty else { return "" }
        return ", ahead on " + gains.map { "'\($0.0.criterionID)' ('\($0.0.levelID)' against '\($0.1.levelID)')" }.joined(separator: " and ")
    }
}
