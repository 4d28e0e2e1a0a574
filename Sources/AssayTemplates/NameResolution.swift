/// Resolving names against the kinds of the context stack, once, at bind time.
extension TemplateBinder {
    /// The reference for `name` and the kind of value it yields; nil after reporting an error.
    mutating func resolve(_ name: TemplateName, at location: SourceLocation) -> (ValueReference, FieldKind)? {
        guard let top = kinds.indices.last else {
            errors.add(currentTemplate, location, "'\(name)' is used with an empty context stack")
            return nil
        }
        guard let first = name.parts.first else { return (.frame(top), kinds[top]) }
        let searched = name.anchored ? [top] : Array(kinds.indices.reversed())
        // Dynamic frames above the first typed frame that has the name: tried first, by key, at render time.
        var dynamicFrames: [Int] = []
        for frame in searched {
            switch kinds[frame] {
            case .dynamic:
                dynamicFrames.append(frame)
            case .model(let shape):
                guard let index = shape.index[first] else { continue }
                guard let (steps, kind) = resolveSteps(name, from: shape.fieldKinds[index], at: location) else { return nil }
                if dynamicFrames.isEmpty {
                    let reference: ValueReference = steps.isEmpty ? .field(frame: frame, index: index)
                        : .path(frame: frame, index: index, steps: steps)
                    return (reference, kind)
                }
                let typed = ValueAlternative(root: .field(frame: frame, index: index), steps: steps)
                return (.search(dynamicAlternatives(dynamicFrames, name) + [typed]), .dynamic)
            case .scalar, .list:
                continue
            }
        }
        if !dynamicFrames.isEmpty { return (.search(dynamicAlternatives(dynamicFrames, name)), .dynamic) }
        reportUnknown(first, searched: searched, at: location)
        return nil
    }

    private func dynamicAlternatives(_ frames: [Int], _ name: TemplateName) -> [ValueAlternative] {
        frames.map { ValueAlternative(root: .key(frame: $0, name.parts[0]), steps: name.parts.dropFirst().map { .key($0) }) }
    }

    /// The steps for a dotted name's later parts, which are looked up only inside what the first part yields.
    private mutating func resolveSteps(_ name: TemplateName, from firstKind: FieldKind, at location: SourceLocation) -> ([ValueStep], FieldKind)? {
        var steps: [ValueStep] = []
        var kind = firstKind
        for (offset, part) in name.parts.enumerated().dropFirst() {
            let prefix = name.parts[..<offset].joined(separator: ".")
            switch kind {
            case .model(let shape):
                guard let index = shape.index[part] else {
                    errors.add(currentTemplate, location, "'\(shape.name)' has no field '\(part)'", candidates: shape.fieldNames)
                    return nil
                }
                steps.append(.field(index))
                kind = shape.fieldKinds[index]
            case .dynamic:
                steps.append(.key(part))
            case .scalar:
                errors.add(currentTemplate, location, "'\(prefix)' is text, a number or a flag, so it has no field '\(part)'")
                return nil
            case .list:
                errors.add(currentTemplate, location, "'\(prefix)' is a list, so it has no field '\(part)'")
                return nil
            }
        }
        return (steps, kind)
    }

    private mutating func reportUnknown(_ first: String, searched: [Int], at location: SourceLocation) {
        var shapes: [ModelShape] = []
        var candidates: [String] = []
        for frame in searched {
            guard case .model(let shape) = kinds[frame] else { continue }
            if !shapes.contains(where: { $0 === shape }) { shapes.append(shape) }
            for field in shape.fieldNames where !candidates.contains(field) { candidates.append(field) }
        }
        let message: String
        switch shapes.count {
        case 0: message = "no frame in scope has fields, so '\(first)' cannot be found"
        case 1: message = "'\(shapes[0].name)' has no field '\(first)'"
        default: message = "'\(shapes[0].name)' has no field '\(first)' (nor has \(shapes.dropFirst().map(\.name).joined(separator: ", ")))"
        }
        errors.add(currentTemplate, location, message, candidates: candidates)
    }
}
