/// What changed, said in sentences whose pieces know what they name, so that the command line can print titles and
/// the pages can link them.
extension RevisionChanges {
    /// A piece of a sentence.
    public enum Segment: Sendable, Equatable {
        case text(String)
        case option(String)
        case criterion(String)
        case actor(String)
        /// A passage, by its text.
        case quote(String)
    }

    /// One sentence per change, in a fixed order.
    public func sentences() -> [[Segment]] {
        var lines: [[Segment]] = []
        if articleChanged { lines.append([.text("The article's text changed.")]) }
        for move in moved {
            var line: [Segment] = [.actor(move.actor), .text(": "), .option(move.option),
                                   .text(" moved from \(Self.place(move.from)) to \(Self.place(move.to))")]
            line += Self.because(move.assessments, move.weights, move.levelValues)
            lines.append(line + [.text(".")])
        }
        for veto in vetoes {
            var line: [Segment] = [.actor(veto.actor), .text(veto.added ? " now vetoes " : " no longer vetoes "), .option(veto.option),
                                   .text(veto.added ? " for crossing " : ", which crossed ")]
            line += Self.list(veto.redLines.map { [.criterion($0)] })
            if let before = veto.insteadOf { line += [.text(" instead of ")] + Self.list(before.map { [.criterion($0)] }) }
            if !veto.assessments.isEmpty { line += Self.because(veto.assessments, [], []) }
            if let now = veto.now { line.append(.text(now == "absent" ? "; it is no longer ranked" : "; it now " + (Int(now) == nil ? "is \(now)" : "ranks \(Self.place(now))"))) }
            lines.append(line + [.text(".")])
        }
        for (tensions, heading) in [(tensionsAppeared, "New tension for "), (tensionsDisappeared, "Tension resolved for ")] {
            for tension in tensions {
                lines.append([.text(heading), .actor(tension.actor), .text(" about ")] + Self.list(tension.options.map { [.option($0)] })
                             + [.text(": " + tension.summary)])
            }
        }
        let explained = Set((moved.flatMap(\.assessments) + vetoes.flatMap(\.assessments)).map { $0.option + "\u{0}" + $0.criterion })
        for change in assessments where !explained.contains(change.option + "\u{0}" + change.criterion) {
            lines.append([.text("The assessment of "), .option(change.option), .text(" on "), .criterion(change.criterion),
                          .text(" changed " + Self.fromTo(change.old, change.new) + ".")])
        }
        let weightsExplained = moved.flatMap(\.weights)
        for change in weights where !weightsExplained.contains(change) {
            lines.append([.actor(change.actor), .text(": the weight of "), .criterion(change.criterion),
                          .text(" changed " + Self.fromTo(change.old.map(\.plainText), change.new.map(\.plainText)) + ".")])
        }
        let valuesExplained = moved.flatMap(\.levelValues)
        for change in levelValues where !valuesExplained.contains(change) {
            lines.append([.text("The value of level '\(change.level)' on "), .criterion(change.criterion),
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
                case .option(let id), .criterion(let id), .actor(let id): titles(id)
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

    private static func because(_ assessments: [AssessmentChange], _ weights: [WeightChange], _ values: [LevelValueChange]) -> [Segment] {
        var reasons: [[Segment]] = assessments.map { change in
            [.text("its assessment on "), .criterion(change.criterion), .text(" changed " + fromTo(change.old, change.new))]
        }
        reasons += values.map { change in
            [.text("the value of its level '\(change.level)' on "), .criterion(change.criterion),
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
        let shown = { (text: String?) in text.map { $0.hasPrefix("=") ? String($0.dropFirst()).replacingOccurrences(of: "..", with: "–") : $0 } }
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
        case "option": return [.option(parts[1])]
        case "criterion": return [.criterion(parts[1])]
        case "ranking": return [.text("the author's ranking for "), .actor(parts[1])]
        case "assessment":
            let ids = parts[1].components(separatedBy: "--")
            return ids.count == 2 ? [.text("the assessment of "), .option(ids[0]), .text(" on "), .criterion(ids[1])] : [.text(parts[1])]
        default: return [.text(reference)]
        }
    }
}
