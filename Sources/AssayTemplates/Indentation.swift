/// One level of re-indentation in force while rendering included content: a standalone partial or parent adds
/// its tag's indentation to every template line; an overriding block swaps the indentation it was written with
/// for the indentation of the site where it is expanded.
struct IndentLayer: Sendable, Equatable {
    var remove: [UInt8]
    var add: [UInt8]
}

extension Array where Element == IndentLayer {
    /// A template line's leading whitespace as rendered under these layers (innermost last, applied first).
    func apply(to whitespace: [UInt8]) -> [UInt8] {
        var result = whitespace
        for layer in reversed() {
            // Lines indented less than the block's own indentation lose what they have of it.
            var common = 0
            while common < layer.remove.count, common < result.count, result[common] == layer.remove[common] { common += 1 }
            result = layer.add + result[common...]
        }
        return result
    }
}
