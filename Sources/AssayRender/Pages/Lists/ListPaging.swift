/// How pages that would list every option stay readable in a large report: past `threshold` options, the index and
/// the actor pages show the `leading` entries of each list and link to complete lists of `pageSize` options a page.
/// A report of `threshold` options or fewer is shown whole, as before.
public struct ListPaging: Sendable, Equatable {
    public static let threshold = 100
    public static let pageSize = 100
    public static let leading = 10

    /// The number of options the report has.
    public let optionCount: Int

    public init(optionCount: Int) {
        self.optionCount = optionCount
    }

    /// Whether lists of every option are shortened and paged.
    public var isPaged: Bool { optionCount > Self.threshold }

    /// The number of pages a complete list of every option takes; 0 when the report is not paged.
    public var pageCount: Int { isPaged ? (optionCount + Self.pageSize - 1) / Self.pageSize : 0 }

    /// The positions (from 0) of the entries on page `number` (from 1).
    public func range(ofPage number: Int) -> Range<Int> {
        let start = (number - 1) * Self.pageSize
        return start..<min(optionCount, start + Self.pageSize)
    }

    /// The first `leading` of a list when paged, else all of it.
    func shortened<Element>(_ list: [Element]) -> [Element] {
        isPaged ? Array(list.prefix(Self.leading)) : list
    }

    /// How many entries of a list `shortened` leaves out.
    func leftOut(of count: Int) -> Int { isPaged ? max(0, count - Self.leading) : 0 }

    /// The page numbers a pager on page `current` shows: the first and last, and two either side of the current
    /// one (nil marks a gap). Constant in size, so that paging stays linear in the number of options.
    public func window(around current: Int) -> [Int?] {
        let count = pageCount
        var numbers: [Int?] = []
        var last = 0
        for number in 1...max(1, count) where number == 1 || number == count || abs(number - current) <= 2 {
            // A gap of one page shows that page: an ellipsis would take as much room.
            if number == last + 2 { numbers.append(last + 1) } else if number > last + 2 { numbers.append(nil) }
            numbers.append(number)
            last = number
        }
        return numbers
    }
}
