extension String {
    /// The text without leading and trailing white space, trimmed scalar by scalar: the same result as
    /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`, whose set is the Unicode
    /// White_Space property plus U+200B ZERO WIDTH SPACE.
    ///
    /// Foundation bridges through `NSString` and copies the whole text: on article-sized bodies that was
    /// half the time of reading a content file.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex { !Self.isTrimmed($0) }!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }

    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{200B}"
    }
}
