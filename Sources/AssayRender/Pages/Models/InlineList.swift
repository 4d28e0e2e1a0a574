/// An item of a list written inside a sentence: it carries what follows it (", ", " and " or nothing), so that a
/// template writes `{{#items}}{{title}}{{separator}}{{/items}}` and reads "A", "A and B", "A, B and C".
protocol InlineListItem {
    var separator: String { get set }
}

extension Array where Element: InlineListItem {
    /// The items with an English list's separators: `between` after each but the last two, `last` between those.
    func inSentence(between: String = ", ", last: String = " and ") -> [Element] {
        var items = self
        for index in items.indices {
            items[index].separator = InlineList.separator(after: index, of: items.count, between: between, last: last)
        }
        return items
    }
}

/// The rule every list in a sentence follows.
enum InlineList {
    /// What follows item `index` of `count`: `between` after each but the last two, `last` between those, nothing after the last.
    static func separator(after index: Int, of count: Int, between: String = ", ", last: String = " and ") -> String {
        index == count - 1 ? "" : index == count - 2 ? last : between
    }
}
