/// The order in which the article's author ranks options from one actor's point of view: a ranking with tied
/// groups, pairs the author states one by one, or both — a partial order.
public struct StatedRanking: Sendable, Equatable {
    /// Something the author says of two options: one is better than the other.
    public struct Pair: Sendable, Equatable {
        public var higher: OptionID
        public var lower: OptionID
        /// The author's own qualification ("only slightly"), if any.
        public var note: String?
        public var citations: [Citation]
        public var location: SourceLocation

        public init(higher: OptionID, lower: OptionID, note: String? = nil, citations: [Citation] = [], location: SourceLocation) {
            self.higher = higher
            self.lower = lower
            self.note = note
            self.citations = citations
            self.location = location
        }
    }

    public var actorID: ActorID
    /// Best first: each group's options are tied.
    public var groups: [[OptionID]]
    /// Pairs stated one by one, beyond the groups.
    public var pairs: [Pair]
    /// Options the author says the actor will not accept.
    public var unacceptable: [OptionID]
    public var citations: [Citation]
    public var body: String
    public var location: SourceLocation
    /// Where each listed option id is written, for reference errors.
    public var optionLocations: [OptionID: SourceLocation]

    /// Every option the groups list, best first.
    public var order: [OptionID] { groups.flatMap { $0 } }

    public init(actorID: ActorID, order: [OptionID], unacceptable: [OptionID] = [], annotation: Annotation,
                optionLocations: [OptionID: SourceLocation] = [:]) {
        self.init(actorID: actorID, groups: order.map { [$0] }, pairs: [], unacceptable: unacceptable, annotation: annotation,
                  optionLocations: optionLocations)
    }

    public init(actorID: ActorID, groups: [[OptionID]], pairs: [Pair], unacceptable: [OptionID] = [], annotation: Annotation,
                optionLocations: [OptionID: SourceLocation] = [:]) {
        self.actorID = actorID
        self.groups = groups
        self.pairs = pairs
        self.unacceptable = unacceptable
        self.citations = annotation.citations
        self.body = annotation.body
        self.location = annotation.location
        self.optionLocations = optionLocations
    }

    /// What the author says of two options: `1` when `a` is above `b`, `-1` below, `0` tied, nil not ordered. The
    /// groups order every option of a group above every option of later groups; pairs add to that, transitively.
    public var relation: (OptionID, OptionID) -> Int? {
        var above: [OptionID: Set<OptionID>] = [:]
        var groupOf: [OptionID: Int] = [:]
        for (index, group) in groups.enumerated() {
            for option in group { groupOf[option] = index }
        }
        for (index, group) in groups.enumerated() {
            for later in groups.dropFirst(index + 1) {
                for option in group { above[option, default: []].formUnion(later) }
            }
        }
        for pair in pairs { above[pair.higher, default: []].insert(pair.lower) }
        // Transitive closure, small: the options an author ranks are few.
        var changed = true
        while changed {
            changed = false
            for (option, lower) in above {
                let reach = lower.reduce(into: lower) { $0.formUnion(above[$1] ?? []) }
                if reach.count > lower.count {
                    above[option] = reach
                    changed = true
                }
            }
        }
        return { a, b in
            if above[a]?.contains(b) == true { return 1 }
            if above[b]?.contains(a) == true { return -1 }
            if let x = groupOf[a], let y = groupOf[b], x == y { return 0 }
            return nil
        }
    }

    /// Every option the ranking mentions, in the groups' order, then those only pairs name.
    public var mentioned: [OptionID] {
        var result = order
        for pair in pairs {
            for option in [pair.higher, pair.lower] where !result.contains(option) { result.append(option) }
        }
        return result
    }

    /// Every citation: the ranking's own and each pair's.
    public var allCitations: [Citation] { citations + pairs.flatMap(\.citations) }
}
