import AssayCore
import Foundation

/// Digests of what a page reads: its context (everything its templates can see) and its templates.
///
/// A page is a pure function of the two, so equal fingerprints mean an equal page and the page need not be
/// rendered again. This is the dependency graph from inputs to pages taken at its finest grain: an edit
/// reaches a page exactly when it changes a value the page shows, wherever in the content the value came from.
enum ContextFingerprint {
    static func of(path: String, templates: ContentDigest, context: [String: Any]) -> ContentDigest {
        var hasher = Hasher128()
        hasher.update(path)
        hasher.update(templates)
        add(context, to: &hasher)
        return hasher.finalize()
    }

    // Each value is tagged with its type and framed by its length, so no two different contexts feed the same bytes.
    private static func add(_ value: Any, to hasher: inout Hasher128) {
        switch value {
        case let string as String:
            hasher.update(byte: UInt8(ascii: "s"))
            hasher.update(string)
        case let flag as Bool:
            hasher.update(byte: UInt8(ascii: flag ? "T" : "F"))
        case let number as Int:
            hasher.update(byte: UInt8(ascii: "i"))
            hasher.update(integer: UInt64(bitPattern: Int64(number)))
        case let number as Double:
            hasher.update(byte: UInt8(ascii: "d"))
            hasher.update(integer: number.bitPattern)
        case let dictionary as [String: Any]:
            hasher.update(byte: UInt8(ascii: "m"))
            hasher.update(integer: UInt64(dictionary.count))
            // Dictionary order differs from process to process; sorted keys make the digest stable.
            for (key, element) in dictionary.sorted(by: { $0.key < $1.key }) {
                hasher.update(key)
                add(element, to: &hasher)
            }
        // Arrays of dictionaries and of strings first: casting them to `[Any]` would box every element.
        case let array as [[String: Any]]:
            hasher.update(byte: UInt8(ascii: "a"))
            hasher.update(integer: UInt64(array.count))
            for element in array { add(element, to: &hasher) }
        case let array as [String]:
            hasher.update(byte: UInt8(ascii: "a"))
            hasher.update(integer: UInt64(array.count))
            for element in array {
                hasher.update(byte: UInt8(ascii: "s"))
                hasher.update(element)
            }
        case let array as [Any]:
            hasher.update(byte: UInt8(ascii: "a"))
            hasher.update(integer: UInt64(array.count))
            for element in array { add(element, to: &hasher) }
        default:
            hasher.update(byte: UInt8(ascii: "?"))
            hasher.update(String(reflecting: type(of: value)))
            hasher.update(String(describing: value))
        }
    }
}
