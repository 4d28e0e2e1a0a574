/// What changed, said in sentences whose pieces know what they name, so that the command line can print titles and
/// the pages can link them.
extension RevisionChanges {
    /// A piece of a sentence.
    public enum Segment: Sendable, Equatable {
        case text(String)
        case option(OptionID)
        case criterion(CriterionID)
        case actor(ActorID)
        /// A passage, by its text.
        case quote(String)
    }

    /// One sentence per change, in a fixed order.
    public func sentences() -> [[Segment]] {
        var lines: [[Segment]] = []
        if articleChanged {
            let counts = [(quotesMoved, "moved", "moved"), (quotesReworded, "was reworded", "were reworded"), (quotesGone, "is no longer cited", "are no longer cited")]
                .compactMap { count, one, many in count.flatMap { $0 > 0 ? ($0 == 1 ? "1 quote \(one)" : "\($0) quotes \(many)") : nil } }
            lines.append([.text("The article's text changed" + (counts.isEmpty ? "" : ": "))] + Self.list(counts.map { [.text($0)] }) + [.text(".")])
        }
        for move in moved {
            var line: [Segment] = [.actor(move.actor), .text(": "), .option(move.option),
                                   .text(" moved from \(Self.place(move.from)) to \(Self.place(move.to))" + Self.scores(move.oldScore, move.newScore))]
            line += Self.because(move.assessments.filter(\.judgementChanged), move.weights, move.levelValues)
            lines.append(line + [.text(".")])
        }
        lines += scoreSentences()
        for change in firstShares {
            lines.append(change.wasFirst
                ? [.actor(change.actor), .text(": "), .option(change.option),
                   .text("'s lead \(change.new < change.old ? "narrowed" : "widened"): \(change.old.percentText()) → \(change.new.percentText()) of draws.")]
                : [.actor(change.actor), .text(": "), .option(change.option),
                   .text(" now leads: first in \(change.new.percentText()) of draws (\(change.old.percentText()) before).")])
        }
        for change in bands {
            let before = "(before: \(Self.band(change.old)) of the total weight)"
            if change.new.isWhole {
                lines.append([.actor(change.actor), .text(": the ranking now holds whatever the weight of "), .criterion(change.criterion),
                              .text(" " + before + ".")])
            } else {
                lines.append([.actor(change.actor), .text(": the ranking now holds while the weight of "), .criterion(change.criterion),
                              .text(" is \(Self.band(change.new)) of the total \(before); "
                                    + (change.new.width < change.old.width ? "less" : "more") + " room before it changes.")])
            }
        }
        for veto in vetoes {
            var line: [Segment] = [.actor(veto.actor), .text(veto.added ? " now vetoes " : " no longer vetoes "), .option(veto.option),
                                   .text(veto.added ? " for crossing " : ", which crossed ")]
            line += Self.list(veto.redLines.map { [.criterion($0)] })
            if let before = veto.insteadOf { line += [.text(" instead of ")] + Self.list(before.map { [.criterion($0)] }) }
            if veto.assessments.contains(where: \.judgementChanged) { line += Self.because(veto.assessments.filter(\.judgementChanged), [], []) }
            if let now = veto.now { line.append(.text(now == "absent" ? "; it is no longer ranked" : "; it now " + (Int(now) == nil ? "is \(now)" : "ranks \(Self.place(now))"))) }
            lines.append(line + [.text(".")])
        }
        for (tensions, heading) in [(tensionsAppeared, "New tension for "), (tensionsDisappeared, "Tension resolved for ")] {
            for tension in tensions {
                lines.append([.text(heading), .actor(tension.actor), .text(" about ")] + Self.list(tension.options.map { [.option($0)] })
                             + [.text(": " + tension.summary)])
            }
        }
        let explained = Set((moved.flatMap(\.assessments) + vetoes.flatMap(\.assessments)).filter(\.judgementChanged)
            .map { AssessedPair($0.option, $0.criterion) })
        for change in assessments {
            let key = AssessedPair(change.option, change.criterion)
            if change.judgementChanged, !explained.contains(key) {
                lines.append([.text("The assessment of "), .option(change.option), .text(" on "), .criterion(change.criterion),
                              .text(" changed " + Self.judgement(change) + Self.confidence(change) + ".")])
            } else if let old = change.oldConfidence, let new = change.newConfidence {
                lines.append([.text("The confidence of the assessment of "), .option(change.option), .text(" on "), .criterion(change.criterion),
                              .text(" changed from '\(old)' to '\(new)'.")])
            }
        }
        let weightsExplained = moved.flatMap(\.weights)
        for change in weights where !weightsExplained.contains(change) {
            lines.append([.actor(change.actor), .text(": the weight of "), .criterion(change.criterion),
                          .text(" changed " + Self.fromTo(change.old.map(\.plainText), change.new.map(\.plainText)) + ".")])
        }
        let valuesExplained = moved.flatMap(\.levelValues)
        for change in levelValues where !valuesExplained.contains(change) {
            lines.append([.text("The value of level '\(Self.levelName(change))' on "), .criterion(change.criterion),
                          .text(" changed " + Self.fromTo(change.old.map(\.plainText), change.new.map(\.plainText)) + ".")])
        }
        for quote in quotesChanged {
            lines.append([.text("A quote of ")] + Self.citer(quote.citer) + [.text(articleChanged ? " changed with the article: " : " changed: "),
                          .quote(quote.old), .text(" became "), .quote(quote.new)])
        }
        lines += passagesCited.map { [.text("Newly cited: "), .quote($0)] }
        lines += passagesDropped.map { [.text("No longer cited: "), .quote($0)] }
        lines += expectationsAdded.map { [.text("New expectation: " + $0 + ".")] }
        lines += expectationsRemoved.map { [.text("Expectation dropped: " + $0 + ".")] }
        return lines
    }

    /// The sentences as plain text, titles in quotation marks.
    public func text(titles: (String) -> String) -> [String] {
        sentences().map { line in
            line.map { segment in
                switch segment {
                case .text(let text): text
                case .option(let id): titles(id.rawValue)
                case .criterion(let id): titles(id.rawValue)
                case .actor(let id): titles(id.rawValue)
                case .quote(let text): "“\(text)”"
                }
            }.joined()
        }
    }

    static func place(_ standing: String) -> String {
        guard let rank = Int(standing) else { return standing }
        let suffix = (11...13).contains(rank % 100) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][rank % 10]
        return "\(rank)\(suffix)"
    }

    /// Options that kept their places but whose scores moved, a few per actor: a weight change moves every score,
    /// and a list of thousands says less than its count.
    private func scoreSentences() -> [[Segment]] {
        let shown = 8
        var lines: [[Segment]] = []
        var byActor: [(actor: ActorID, changes: [ScoreChange])] = []
        for change in scores {
            if byActor.last?.actor == change.actor { byActor[byActor.count - 1].changes.append(change) } else { byActor.append((change.actor, [change])) }
        }
        for (actor, changes) in byActor {
            for change in changes.prefix(shown) {
                lines.append([.actor(actor), .text(": "), .option(change.option),
                              .text("'s score \(change.new < change.old ? "fell" : "rose") from \(change.old.fixedDecimals(2)) to \(change.new.fixedDecimals(2)).")])
            }
            if changes.count > shown {
                lines.append([.actor(actor), .text(": the scores of \(changes.count - shown) other options moved too.")])
            }
        }
        return lines
    }

    private static func scores(_ old: Double?, _ new: Double?) -> String {
        switch (old, new) {
        case (let old?, let new?) where old.fixedDecimals(2) != new.fixedDecimals(2): " (score \(old.fixedDecimals(2)) → \(new.fixedDecimals(2)))"
        case (nil, let new?): " (score \(new.fixedDecimals(2)))"
        default: ""
        }
    }

    private static func levelName(_ change: LevelValueChange) -> String {
        change.label ?? Measure.figures(change.level).map { Measure.text($0.low, $0.high, unit: nil) } ?? change.level.rawValue
    }

    /// A stability band as the sentences say it: "20–45%", or "any share".
    public static func band(_ band: Revision.Band) -> String {
        band.isWhole ? "any share" : "\((band.lower * 100).fixedDecimals(0))–\(band.upper.percentText())"
    }

    /// A judgement's change in the report's words: labels for levels, and whether the new one is worth more or less.
    private static func judgement(_ change: AssessmentChange) -> String {
        fromTo(change.oldLabel ?? change.old, change.newLabel ?? change.new) + (change.direction.map { " (\($0))" } ?? "")
    }

    private static func confidence(_ change: AssessmentChange) -> String {
        guard let old = change.oldConfidence, let new = change.newConfidence else { return "" }
        return ", and its confidence from '\(old)' to '\(new)'"
    }

    private static func because(_ assessments: [AssessmentChange], _ weights: [WeightChange], _ values: [LevelValueChange]) -> [Segment] {
        var reasons: [[Segment]] = assessments.map { change in
            [.text("its assessment on "), .criterion(change.criterion), .text(" changed " + judgement(change))]
        }
        reasons += values.map { change in
            [.text("the value of its level '\(Self.levelName(change))' on "), .criterion(change.criterion),
             .text(" changed " + fromTo(change.old.map(\.plainText), change.new.map(\.plainText)))]
        }
        reasons += weights.map { change in
            [.text("the weight of "), .criterion(change.criterion), .text(" changed " + fromTo(change.old.map(\.plainText), change.new.map(\.plainText)))]
        }
        return reasons.isEmpty ? [.text(" (as other options changed)")] : [.text(" because ")] + list(reasons)
    }

    private static func list(_ items: [[Segment]]) -> [Segment] {
        var result: [Segment] = []
        for (index, item) in items.enumerated() {
            if index > 0 { result.append(.text(index == items.count - 1 ? " and " : ", ")) }
            result += item
        }
        return result
    }

    private static func fromTo(_ old: String?, _ new: String?) -> String {
        // A figure's level id (=140..185) reads as the figures.
        let shown = { (text: String?) in text.map { id in Measure.figures(LevelID(id)).map { Measure.text($0.low, $0.high, unit: nil) } ?? id } }
        return switch (shown(old), shown(new)) {
        case (let old?, let new?): "from '\(old)' to '\(new)'"
        case (nil, let new?): "from none to '\(new)'"
        case (let old?, nil): "from '\(old)' to none"
        case (nil, nil): ""
        }
    }

    /// What a `kind:id` citer is, in words.
    private static func citer(_ reference: String) -> [Segment] {
        let parts = reference.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return [.text(reference)] }
        switch parts[0] {
        case "option": return [.option(OptionID(parts[1]))]
        case "criterion": return [.criterion(CriterionID(parts[1]))]
        case "ranking": return [.text("the author's ranking for "), .actor(ActorID(parts[1]))]
        case "assessment":
            let ids = parts[1].components(separatedBy: "--")
            return ids.count == 2 ? [.text("the assessment of "), .option(OptionID(ids[0])), .text(" on "), .criterion(CriterionID(ids[1]))] : [.text(parts[1])]
        default: return [.text(reference)]
        }
    }
}
