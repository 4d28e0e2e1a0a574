/// Reads `expect:`, a list of claims, each one claim key with its modifiers:
///
///     expect:
///       - top: resumed-support
///         actor: russia
///       - min-tau: 0.9
///         actor: russia
enum ExpectationReader {
    static let claimKeys = ["top", "rank", "vetoed", "acceptable", "min-tau", "tension", "in-agreement-zone", "pareto-optimal"]
    static let modifierKeys = ["actor", "option", "by"]

    static func read(_ fields: inout FrontMatterFields) -> [Expectation] {
        guard let items = fields.list("expect") else {
            fields.missing("expect", hint: "list the conclusions under 'expect:', e.g. '- top: <option>' with 'actor: <actor>'")
            return []
        }
        return items.compactMap { item in
            guard case .mapping(let mapping) = item.value else {
                fields.report(.error(at: fields.place(of: item), "an expectation must be a set of keys",
                                     hint: "write e.g. '- top: <option>' and, below it, 'actor: <actor>'"))
                return nil
            }
            return claim(mapping, at: fields.place(of: item), &fields)
        }
    }

    private static func claim(_ mapping: [YAMLPair], at location: SourceLocation, _ fields: inout FrontMatterFields) -> Expectation? {
        var values: [String: (text: String, location: SourceLocation)] = [:]
        for pair in mapping {
            let (keyNode, value) = (pair.key, pair.value)
            let key = keyNode.scalar?.string ?? ""
            guard claimKeys.contains(key) || modifierKeys.contains(key) else {
                fields.report(.error(at: fields.place(of: keyNode), "unknown expectation key '\(key)'",
                                     hint: Suggestion.hint(for: key, among: claimKeys + modifierKeys, noun: "expectation key")))
                return nil
            }
            guard let text = fields.text(value, key: key) else { return nil }
            values[key] = (text, fields.place(of: value))
        }
        let claims = claimKeys.filter { values[$0] != nil }
        guard claims.count == 1, let kind = claims.first, let subject = values[kind] else {
            fields.report(.error(at: location, claims.isEmpty ? "the expectation states no claim" : "the expectation states \(claims.count) claims",
                                 hint: "give exactly one of: " + claimKeys.joined(separator: ", ")))
            return nil
        }
        func required(_ key: String) -> String? {
            if let value = values[key] { return value.text }
            fields.report(.error(at: location, "the '\(kind)' expectation needs '\(key)'", hint: "add '\(key): <id>' to it"))
            return nil
        }
        switch kind {
        case "top":
            guard let actor = required("actor") else { return nil }
            return Expectation(claim: .top(actor: ActorID(actor), option: OptionID(subject.text)), location: location)
        case "rank":
            guard let rank = Int(subject.text), rank >= 1 else {
                fields.report(.error(at: subject.location, "a rank must be a whole number from 1", hint: "write e.g. 'rank: 2'"))
                return nil
            }
            guard let actor = required("actor"), let option = required("option") else { return nil }
            return Expectation(claim: .rank(actor: ActorID(actor), option: OptionID(option), rank: rank), location: location)
        case "vetoed":
            guard let actor = required("actor") else { return nil }
            return Expectation(claim: .vetoed(actor: ActorID(actor), option: OptionID(subject.text), by: values["by"].map { CriterionID($0.text) }), location: location)
        case "acceptable":
            guard let actor = required("actor") else { return nil }
            return Expectation(claim: .acceptable(actor: ActorID(actor), option: OptionID(subject.text)), location: location)
        case "min-tau":
            guard let value = Double(subject.text), (-1...1).contains(value) else {
                fields.report(.error(at: subject.location, "'min-tau' must be a number from -1 to 1", hint: "write e.g. 'min-tau: 0.8'"))
                return nil
            }
            guard let actor = required("actor") else { return nil }
            return Expectation(claim: .minimumTau(actor: ActorID(actor), value: value), location: location)
        case "tension":
            guard let tension = Tension.Kind(rawValue: subject.text) else {
                let kinds = [Tension.Kind.rankedButVetoed, .unacceptableButPasses, .discordantPair, .rankedButUnscored].map(\.rawValue)
                fields.report(.error(at: subject.location, "unknown tension kind '\(subject.text)'",
                                     hint: Suggestion.hint(for: subject.text, among: kinds, noun: "tension kind")))
                return nil
            }
            guard let actor = required("actor") else { return nil }
            return Expectation(claim: .tension(actor: ActorID(actor), kind: tension, option: values["option"].map { OptionID($0.text) }), location: location)
        case "in-agreement-zone":
            return Expectation(claim: .inAgreementZone(option: OptionID(subject.text)), location: location)
        default:
            return Expectation(claim: .paretoOptimal(option: OptionID(subject.text)), location: location)
        }
    }
}
