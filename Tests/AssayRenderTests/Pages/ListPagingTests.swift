import Testing
@testable import AssayRender

@Suite struct ListPagingTests {
    @Test func aReportOfAHundredOptionsIsShownWhole() {
        let paging = ListPaging(optionCount: 100)
        #expect(!paging.isPaged)
        #expect(paging.pageCount == 0)
        #expect(paging.shortened(Array(1...100)).count == 100)
        #expect(paging.leftOut(of: 100) == 0)
    }

    @Test func pastAHundredOptionsListsAreShortenedAndPaged() {
        let paging = ListPaging(optionCount: 250)
        #expect(paging.isPaged)
        #expect(paging.pageCount == 3)
        #expect(paging.range(ofPage: 1) == 0..<100)
        #expect(paging.range(ofPage: 3) == 200..<250)
        #expect(paging.shortened(Array(1...250)) == Array(1...10))
        #expect(paging.leftOut(of: 250) == 240)
        #expect(paging.leftOut(of: 7) == 0)
    }

    @Test func thePagerShowsTheEndsAndTwoPagesEitherSide() {
        let paging = ListPaging(optionCount: 1_000)
        #expect(paging.window(around: 1) == [1, 2, 3, nil, 10])
        #expect(paging.window(around: 5) == [1, 2, 3, 4, 5, 6, 7, nil, 10])
        #expect(paging.window(around: 4) == [1, 2, 3, 4, 5, 6, nil, 10])
        #expect(paging.window(around: 10) == [1, nil, 8, 9, 10])
        #expect(ListPaging(optionCount: 150).window(around: 2) == [1, 2])
    }

    @Test func thePagerStaysTheSameSizeHoweverLongTheList() {
        let sizes = [10_000, 100_000].map { ListPaging(optionCount: $0).window(around: 40).count }
        #expect(sizes == [9, 9])
    }
}
