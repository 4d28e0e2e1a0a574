/// Compares two revisions' conclusions.
public enum RevisionDiff {
    public static func between(_ old: Revision, _ new: Revision) -> RevisionChanges {
        var changes = RevisionChanges()
        changes.articleChanged = old.article != new.article
        changes.assessments = assessmentChanges(old, new)
        changes.weights = weightChanges(old, new)
        changes.levelValues = levelValueChanges(old, new)
        // Looked up per option below: built once, so comparing revisions stays linear in the options.
        let judgements = Dictionary((new.assessments + old.assessments).map { ($0.option + "\u{0}" + $0.criterion, $0.judgement) },
                                    uniquingKeysWith: { first, _ in first })
        let assessmentChangesByOption = Dictionary(grouping: changes.assessments, by: \.option)
        for actor in Set(old.actors.map(\.actor) + new.actors.map(\.actor)).sorted() {
            let before = old.actor(actor), after = new.actor(actor)
            let criteria = Set((before.map { Array($0.weights.keys) + $0.redLines } ?? []) + (after.map { Array($0.weights.keys) + $0.redLines } ?? []))
            let weights = changes.weights.filter { $0.actor == actor }
            let standingsBefore = before?.standings() ?? [:], standingsAfter = after?.standings() ?? [:]
            let options = Set((before.map(Self.options) ?? []) + (after.map(Self.options) ?? [])).sorted()
            for option in options {
                let from = standingsBefore[option] ?? .absent, to = standingsAfter[option] ?? .absent
                guard from != to else { continue }
                let why = (assessmentChangesByOption[option] ?? []).filter { criteria.contains($0.criterion) }
                // The option's own levels whose values changed.
                let values = changes.levelValues.filter { judgements[option + "\u{0}" + $0.criterion] == $0.level && criteria.contains($0.criterion) }
                switch (from, to) {
                case (.vetoed(let lines), .vetoed(let now)):
                    changes.vetoes.append(.init(actor: actor, option: option, redLines: now, added: true, assessments: why, insteadOf: lines))
                case (_, .vetoed(let lines)):
                    changes.vetoes.append(.init(actor: actor, option: option, redLines: lines, added: true, assessments: why))
                case (.vetoed(let lines), _):
                    changes.vetoes.append(.init(actor: actor, option: option, redLines: lines, added: false, assessments: why, now: text(to)))
                default:
                    changes.moved.append(.init(actor: actor, option: option, from: text(from), to: text(to), assessments: why, weights: weights,
                                               levelValues: values))
                }
            }
        }
        let key = { (t: Revision.TensionRecord) in "\(t.actor) \(t.kind) \(t.options)" }
        let oldTensions = Set(old.tensions.map(key)), newTensions = Set(new.tensions.map(key))
        changes.tensionsAppeared = new.tensions.filter { !oldTensions.contains(key($0)) }
        changes.tensionsDisappeared = old.tensions.filter { !newTensions.contains(key($0)) }
        comparePassages(old, new, into: &changes)
        if let before = old.expectations, let after = new.expectations {
            changes.expectationsAdded = after.filter { !before.contains($0) }
            changes.expectationsRemoved = before.filter { !after.contains($0) }
        }
        return changes
    }

    private static func options(_ actor: Revision.ActorConclusions) -> [String] {
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
        var before: [String: String] = [:], after: [String: String] = [:]
        for record in old.assessments { before[record.option + "\u{0}" + record.criterion] = record.judgement }
        for record in new.assessments { after[record.option + "\u{0}" + record.criterion] = record.judgement }
        return Set(before.keys).union(after.keys).sorted().compactMap { key in
            guard before[key] != after[key] else { return nil }
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            return .init(option: parts[0], criterion: parts[1], old: before[key], new: after[key])
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
                result.append(.init(criterion: criterion, level: level, old: was[level], new: now[level]))
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

    private static func quotesByCiter(_ revision: Revision) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for passage in revision.passages {
            for citer in passage.citedBy { result[citer, default: []].insert(passage.text) }
        }
        return result
    }
}
