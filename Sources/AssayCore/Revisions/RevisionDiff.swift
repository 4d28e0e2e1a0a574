/// Compares two revisions' conclusions.
public enum RevisionDiff {
    public static func between(_ old: Revision, _ new: Revision) -> RevisionChanges {
        var changes = RevisionChanges()
        changes.articleChanged = old.article != new.article
        changes.assessments = assessmentChanges(old, new)
        changes.weights = weightChanges(old, new)
        changes.levelValues = levelValueChanges(old, new)
        // Looked up per option below: built once, so comparing revisions stays linear in the options.
        let judgements = Dictionary((new.assessments + old.assessments).map { (AssessedPair($0.option, $0.criterion), $0.judgement) },
                                    uniquingKeysWith: { first, _ in first })
        let assessmentChangesByOption = Dictionary(grouping: changes.assessments, by: \.option)
        for actor in Set(old.actors.map(\.actor) + new.actors.map(\.actor)).sorted() {
            let before = old.actor(actor), after = new.actor(actor)
            let criteria = Set((before.map { Array($0.weights.keys) + $0.redLines } ?? []) + (after.map { Array($0.weights.keys) + $0.redLines } ?? []))
            let weights = changes.weights.filter { $0.actor == actor }
            let standingsBefore = before?.standings() ?? [:], standingsAfter = after?.standings() ?? [:]
            let options = Set((before.map(Self.options) ?? []) + (after.map(Self.options) ?? [])).sorted()
            let placesBefore = places(before), placesAfter = places(after)
            for option in options {
                let from = standingsBefore[option] ?? .absent, to = standingsAfter[option] ?? .absent
                let oldPlace = placesBefore[option], newPlace = placesAfter[option]
                if let oldPlace, let newPlace {
                    compareCertainty(actor: actor, oldPlace, newPlace, into: &changes)
                }
                guard from != to else { continue }
                let why = (assessmentChangesByOption[option] ?? []).filter { criteria.contains($0.criterion) }
                // The option's own levels whose values changed.
                let values = changes.levelValues.filter { judgements[AssessedPair(option, $0.criterion)] == $0.level.rawValue && criteria.contains($0.criterion) }
                switch (from, to) {
                case (.vetoed(let lines), .vetoed(let now)):
                    changes.vetoes.append(.init(actor: actor, option: option, redLines: now, added: true, assessments: why, insteadOf: lines))
                case (_, .vetoed(let lines)):
                    changes.vetoes.append(.init(actor: actor, option: option, redLines: lines, added: true, assessments: why))
                case (.vetoed(let lines), _):
                    changes.vetoes.append(.init(actor: actor, option: option, redLines: lines, added: false, assessments: why, now: text(to)))
                default:
                    changes.moved.append(.init(actor: actor, option: option, from: text(from), to: text(to), assessments: why, weights: weights,
                                               levelValues: values, oldScore: oldPlace?.score, newScore: newPlace?.score))
                }
            }
            if let was = before?.stability, let now = after?.stability {
                for criterion in Set(was.keys).intersection(now.keys).sorted() {
                    let old = was[criterion]!, new = now[criterion]!
                    if abs(old.lower - new.lower) >= 0.01 || abs(old.upper - new.upper) >= 0.01 {
                        changes.bands.append(.init(actor: actor, criterion: criterion, old: old, new: new))
                    }
                }
            }
        }
        let key = { (t: Revision.TensionRecord) in "\(t.actor) \(t.kind) \(t.options)" }
        let oldTensions = Set(old.tensions.map(key)), newTensions = Set(new.tensions.map(key))
        changes.tensionsAppeared = new.tensions.filter { !oldTensions.contains(key($0)) }
        changes.tensionsDisappeared = old.tensions.filter { !newTensions.contains(key($0)) }
        comparePassages(old, new, into: &changes)
        if changes.articleChanged { countQuotePlaces(old, new, into: &changes) }
        if let before = old.expectations, let after = new.expectations {
            changes.expectationsAdded = after.filter { !before.contains($0) }
            changes.expectationsRemoved = before.filter { !after.contains($0) }
        }
        return changes
    }

    private static func places(_ actor: Revision.ActorConclusions?) -> [OptionID: Revision.ActorConclusions.Place] {
        Dictionary((actor?.ranked ?? []).map { ($0.option, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A score that moved while the rank stayed, and the share of first place of the option ranked first now.
    private static func compareCertainty(actor: ActorID, _ old: Revision.ActorConclusions.Place, _ new: Revision.ActorConclusions.Place,
                                         into changes: inout RevisionChanges) {
        if old.rank == new.rank, let was = old.score, let now = new.score, abs(was - now) >= 0.005 {
            changes.scores.append(.init(actor: actor, option: new.option, old: was, new: now))
        }
        if new.rank == 1, let was = old.firstShare, let now = new.firstShare, abs(was - now) >= 0.01 {
            changes.firstShares.append(.init(actor: actor, option: new.option, old: was, new: now, wasFirst: old.rank == 1))
        }
    }

    private static func options(_ actor: Revision.ActorConclusions) -> [OptionID] {
        actor.ranked.map(\.option) + actor.incomplete + actor.vetoed.map(\.option)
    }

    private static func text(_ standing: Revision.ActorConclusions.Standing) -> String {
        switch standing {
        case .ranked(let rank): String(rank)
        case .incomplete: "not scored"
        case .vetoed: "vetoed"
        case .absent: "absent"
        }
    }

    private static func assessmentChanges(_ old: Revision, _ new: Revision) -> [RevisionChanges.AssessmentChange] {
        var before: [AssessedPair: Revision.AssessmentRecord] = [:], after: [AssessedPair: Revision.AssessmentRecord] = [:]
        for record in old.assessments { before[AssessedPair(record.option, record.criterion)] = record }
        for record in new.assessments { after[AssessedPair(record.option, record.criterion)] = record }
        return Set(before.keys).union(after.keys).sorted().compactMap { key in
            let was = before[key], now = after[key]
            guard was?.judgement != now?.judgement || was?.confidence != now?.confidence else { return nil }
            let criterion = key.criterion
            var change = RevisionChanges.AssessmentChange(option: key.option, criterion: criterion, old: was?.judgement, new: now?.judgement)
            if was?.judgement != now?.judgement {
                change.oldLabel = was.flatMap { old.levelLabels?[criterion]?[LevelID($0.judgement)] }
                change.newLabel = now.flatMap { new.levelLabels?[criterion]?[LevelID($0.judgement)] }
                // Worth more or less to its actor, by the values of the levels on each side.
                if let was, let now, let from = old.levels?[criterion]?[LevelID(was.judgement)], let to = new.levels?[criterion]?[LevelID(now.judgement)], from != to {
                    change.direction = to > from ? "better" : "worse"
                }
            }
            if let was, let now, was.confidence != now.confidence {
                change.oldConfidence = was.confidence
                change.newConfidence = now.confidence
            }
            return change
        }
    }

    private static func weightChanges(_ old: Revision, _ new: Revision) -> [RevisionChanges.WeightChange] {
        var result: [RevisionChanges.WeightChange] = []
        for actor in Set(old.actors.map(\.actor) + new.actors.map(\.actor)).sorted() {
            let before = old.actor(actor)?.weights ?? [:], after = new.actor(actor)?.weights ?? [:]
            for criterion in Set(before.keys).union(after.keys).sorted() where before[criterion] != after[criterion] {
                result.append(.init(actor: actor, criterion: criterion, old: before[criterion], new: after[criterion]))
            }
        }
        return result
    }

    private static func levelValueChanges(_ old: Revision, _ new: Revision) -> [RevisionChanges.LevelValueChange] {
        // Unknown on either side (an older revision file): nothing can be said.
        guard let before = old.levels, let after = new.levels else { return [] }
        var result: [RevisionChanges.LevelValueChange] = []
        for criterion in Set(before.keys).intersection(after.keys).sorted() {
            let was = before[criterion]!, now = after[criterion]!
            for level in Set(was.keys).intersection(now.keys).sorted() where was[level] != now[level] {
                result.append(.init(criterion: criterion, level: level, old: was[level], new: now[level],
                                    label: new.levelLabels?[criterion]?[level] ?? old.levelLabels?[criterion]?[level]))
            }
        }
        return result
    }

    /// Quotes are compared by what cites them: a judgement that cited one text and now cites another has a changed
    /// quote; the rest are passages newly cited or no longer cited.
    private static func comparePassages(_ old: Revision, _ new: Revision, into changes: inout RevisionChanges) {
        let before = quotesByCiter(old), after = quotesByCiter(new)
        var paired = (old: Set<String>(), new: Set<String>())
        for citer in Set(before.keys).intersection(after.keys).sorted() {
            let removed = before[citer]!.subtracting(after[citer]!).sorted(), added = after[citer]!.subtracting(before[citer]!).sorted()
            for (was, now) in zip(removed, added) {
                changes.quotesChanged.append(.init(citer: citer, old: was, new: now))
                paired.old.insert(was)
                paired.new.insert(now)
            }
        }
        let oldTexts = Set(old.passages.map(\.text)), newTexts = Set(new.passages.map(\.text))
        changes.passagesCited = newTexts.subtracting(oldTexts).subtracting(paired.new).sorted()
        changes.passagesDropped = oldTexts.subtracting(newTexts).subtracting(paired.old).sorted()
    }

    /// Only when both revisions recorded the quotes' surroundings: without them, a move cannot be told.
    private static func countQuotePlaces(_ old: Revision, _ new: Revision, into changes: inout RevisionChanges) {
        let before = Dictionary(old.passages.compactMap { p in p.before.map { (p.text, ($0, p.after ?? "")) } }, uniquingKeysWith: { first, _ in first })
        let after = new.passages.compactMap { p in p.before.map { (p.text, ($0, p.after ?? "")) } }
        guard !before.isEmpty || !after.isEmpty, old.passages.allSatisfy({ $0.before != nil }), new.passages.allSatisfy({ $0.before != nil }) else { return }
        changes.quotesMoved = after.filter { text, place in before[text].map { $0 != place } ?? false }.count
        // A passage cited from several places counts once.
        changes.quotesReworded = Set(changes.quotesChanged.map { $0.old + "\u{0}" + $0.new }).count
        changes.quotesGone = changes.passagesDropped.count
    }

    private static func quotesByCiter(_ revision: Revision) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for passage in revision.passages {
            for citer in passage.citedBy { result[citer, default: []].insert(passage.text) }
        }
        return result
    }
}

/// One option on one criterion: what an assessment is of.
struct AssessedPair: Hashable, Comparable {
    var option: OptionID
    var criterion: CriterionID

    init(_ option: OptionID, _ criterion: CriterionID) {
        self.option = option
        self.criterion = criterion
    }

    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.option, lhs.criterion) < (rhs.option, rhs.criterion) }
}
