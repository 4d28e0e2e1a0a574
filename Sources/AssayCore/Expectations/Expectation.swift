/// A conclusion the analyst states the report must reach, checked after evaluation (like Carneades' tests).
public struct Expectation: Sendable, Equatable {
    public enum Claim: Sendable, Equatable {
        /// The option ranks first (alone or tied) for the actor.
        case top(actor: ActorID, option: OptionID)
        case rank(actor: ActorID, option: OptionID, rank: Int)
        /// The actor vetoes the option, by the given red line if one is named.
        case vetoed(actor: ActorID, option: OptionID, by: CriterionID?)
        /// The actor can accept and score the option.
        case acceptable(actor: ActorID, option: OptionID)
        /// Kendall's tau between the actor's computed and stated rankings is at least this.
        case minimumTau(actor: ActorID, value: Double)
        /// A tension of this kind is reported for the actor, about the option if one is named.
        case tension(actor: ActorID, kind: Tension.Kind, option: OptionID?)
        case inAgreementZone(option: OptionID)
        case paretoOptimal(option: OptionID)
    }

    public var claim: Claim
    public var location: SourceLocation

    public init(claim: Claim, location: SourceLocation) {
        self.claim = claim
        self.location = location
    }

    /// Actor, option and criterion ids the claim refers to, for validation.
    var references: (actors: [ActorID], options: [OptionID], criteria: [CriterionID]) {
        switch claim {
        case .top(let actor, let option), .rank(let actor, let option, _), .acceptable(let actor, let option):
            return ([actor], [option], [])
        case .vetoed(let actor, let option, let by): return ([actor], [option], by.map { [$0] } ?? [])
        case .minimumTau(let actor, _): return ([actor], [], [])
        case .tension(let actor, _, let option): return ([actor], option.map { [$0] } ?? [], [])
        case .inAgreementZone(let option), .paretoOptimal(let option): return ([], [option], [])
        }
    }
}
