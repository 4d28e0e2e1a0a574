/// Rules for the ids that name actors, criteria, options and passages.
///
/// Ids become file names and URL fragments in `Output/`, so only lower-case ASCII letters,
/// digits and inner hyphens are allowed: no id can climb out of `Output/`, and no two ids
/// can collide on a case-insensitive file system.
public enum Identifier {
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 80 else { return false }
        guard isLowerAlphanumeric(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" }
    }

    /// A valid id made from arbitrary text: lower-cased, with every other run of characters turned into one hyphen.
    public static func slug(_ text: String, maxLength: Int = 40) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if isLowerAlphanumeric(scalar) {
                // Stop before a hyphen that would have nothing after it.
                let needed = pendingHyphen && !result.isEmpty ? 2 : 1
                if result.unicodeScalars.count + needed > maxLength { break }
                if needed == 2 { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    public static let hint = "ids use lower-case letters, digits and hyphens, e.g. 'western-troops'"

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
