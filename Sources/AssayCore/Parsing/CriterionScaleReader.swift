/// Reads a preference's `scale:`: levels worst first, each with an id, a label and a value in [0, 1].
enum CriterionScaleReader {
    static let levelKeys = ["level", "label", "value"]

    /// `nil` when the file has no `scale` key; problems are reported on `fields`.
    static func read(_ fields: inout FrontMatterFields) -> [Criterion.Level]? {
        guard let items = fields.list("scale") else { return nil }
        var levels: [Criterion.Level] = []
        for item in items {
            guard case .mapping(let mapping) = item.value else {
                fields.report(.error(at: fields.place(of: item), "a scale step must have 'level', 'label' and 'value'",
                                     hint: "write '- level: none' with 'label:' and 'value:' indented below it"))
                continue
            }
            if let level = readLevel(mapping, at: fields.place(of: item), &fields) { levels.append(level) }
        }
        if levels.count < 2 && items.count == levels.count {
            fields.report(.error(at: fields.keyLocation("scale"), "a scale needs at least two levels",
                                 hint: "list the levels worst first, e.g. value 0, 0.5, 1"))
        }
        var seen: Set<LevelID> = []
        for (index, level) in levels.enumerated() {
            if !seen.insert(level.id).inserted {
                fields.report(.error(at: level.location, "the level '\(level.id)' is listed twice", hint: "give each level its own id"))
            }
            if index > 0, level.value <= levels[index - 1].value {
                fields.report(.error(at: level.location,
                                     "the scale is out of order: '\(level.id)' (\(format(level.value))) must be worth more than '\(levels[index - 1].id)' (\(format(levels[index - 1].value)))",
                                     hint: "list levels worst first, with strictly increasing values"))
            }
        }
        return levels
    }

    private static func readLevel(_ mapping: [YAMLPair], at location: SourceLocation, _ fields: inout FrontMatterFields) -> Criterion.Level? {
        var id: String?
        var label: String?
        var value: Double?
        var valueLocation = location
        var keysGiven: Set<String> = []
        for pair in mapping {
            let (keyNode, node) = (pair.key, pair.value)
            let key = keyNode.scalar?.string ?? ""
            keysGiven.insert(key)
            switch key {
            case "level":
                if let text = fields.text(node, key: key) {
                    if Identifier.isValid(text) { id = text } else {
                        fields.report(.error(at: fields.place(of: node), "'\(text)' is not a valid level id", hint: Identifier.hint))
                    }
                }
            case "label": label = fields.text(node, key: key)
            case "value":
                valueLocation = fields.place(of: node)
                if let scalar = node.scalar, scalar.style == .plain, let number = Double(scalar.string), number.isFinite {
                    if (0...1).contains(number) { value = number } else {
                        fields.report(.error(at: valueLocation, "a level's value must lie between 0 and 1, not \(scalar.string)",
                                             hint: "0 is the worst outcome for the actor, 1 the best"))
                    }
                } else {
                    fields.report(.error(at: valueLocation, "a level's value must be a number between 0 and 1",
                                         hint: "write it without quotes, e.g. 'value: 0.5'"))
                }
            default:
                fields.report(.error(at: fields.place(of: keyNode), "unknown scale key '\(key)'",
                                     hint: Suggestion.hint(for: key, among: levelKeys, noun: "scale key")))
            }
        }
        for key in ["level", "value"] where !keysGiven.contains(key) {
            fields.report(.error(at: location, "the scale step has no '\(key)'", hint: "each step needs 'level', 'label' and 'value'"))
        }
        guard let id, let value else { return nil }
        return Criterion.Level(id: LevelID(id), label: label ?? id, value: value, location: location)
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
