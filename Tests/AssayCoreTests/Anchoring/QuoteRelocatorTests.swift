import Foundation
import Testing
@testable import AssayCore

/// Quotes of an old article placed in a new version of it: every case on the fixture pair
/// (`Tests/Fixtures/reanchor/old.md` and `new.md`), with hand-counted similarities, and random small edits that keep
/// a quote's words always finding it again.
@Suite struct QuoteRelocatorTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path + "/Tests/Fixtures/reanchor/"

    /// Paragraphs as the article's runs: each starts a block, lines within it joined by a space, as cmark gives them.
    static func text(_ markdown: String) -> ArticleText {
        ArticleText(runs: markdown.components(separatedBy: "\n\n").map {
            ArticleText.Run($0.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: " "), startsBlock: true)
        })
    }

    static func relocate(_ quotes: [String]) throws -> [String: QuoteRelocator.Relocation] {
        let old = text(try String(contentsOfFile: folder + "old.md", encoding: .utf8))
        let new = text(try String(contentsOfFile: folder + "new.md", encoding: .utf8))
        let selectors = quotes.map { QuoteSelector(exact: $0) }
        let places = QuoteRelocator.oldPlaces(of: selectors, in: old)
        #expect(places.count == quotes.count, "every quote is in the old text")
        let relocator = QuoteRelocator(new)
        return Dictionary(uniqueKeysWithValues: selectors.map { ($0.exact, relocator.relocate($0, from: places[$0])) })
    }

    @Test func everyCaseOfTheFixturePair() throws {
        let found = try Self.relocate([
            "Ferries carry four hundred cars a day",
            "council meets on Thursdays in the town hall",
            "the bridge would cost about four million pounds to build",
            "Residents of the old quarter fear noise from the construction site",
            "The north site is cheaper and it is closer to the ring road",
            "the mayor declined to comment",
            "a decision is expected in June",
        ])
        let unchanged = try #require(found["Ferries carry four hundred cars a day"])
        #expect(unchanged.kind == .unchanged)
        #expect(!unchanged.needsRewrite(of: QuoteSelector(exact: "Ferries carry four hundred cars a day")))

        let moved = try #require(found["council meets on Thursdays in the town hall"])
        #expect(moved.kind == .moved, "the same words, after 'and the' instead of 'The'")
        #expect(moved.selector == QuoteSelector(exact: "council meets on Thursdays in the town hall"))

        // One word of ten changed: 1 − 1/10.
        let slight = try #require(found["the bridge would cost about four million pounds to build"])
        #expect(slight.kind == .reworded)
        #expect(slight.similarity == 0.9)
        #expect(slight.selector == QuoteSelector(exact: "the bridge would cost nearly four million pounds to build"))
        #expect(slight.wordDiff == "the bridge would cost [-about-]{+nearly+} four million pounds to build")

        // quarter → town, + dust and, construction site → building works: 5 edits over 13 words, 0.62: a candidate only.
        let heavy = try #require(found["Residents of the old quarter fear noise from the construction site"])
        #expect(heavy.kind == .uncertain)
        #expect(abs(heavy.similarity - (1 - 5.0 / 13)) < 1e-9)
        #expect(heavy.selector?.exact == "Residents of the old town fear dust and noise from the building works")

        // Split in two paragraphs, "and" gone: 1 edit over 13 words.
        let split = try #require(found["The north site is cheaper and it is closer to the ring road"])
        #expect(split.kind == .reworded)
        #expect(abs(split.similarity - (1 - 1.0 / 13)) < 1e-9)
        #expect(split.selector?.exact == "The north site is cheaper. It is closer to the ring road", "the comma after it is not taken")

        #expect(found["the mayor declined to comment"]?.kind == .gone)

        // Twice in the new text, neither time in its old surroundings.
        let twice = try #require(found["a decision is expected in June"])
        #expect(twice.kind == .ambiguous)
        #expect(twice.selector == nil)
        #expect(twice.alternatives.count == 2)
    }

    @Test func theOldSurroundingsPickOnePlaceAndAPrefixIsWritten() {
        let old = Self.text("The plan was approved. Costs rose sharply after the vote.")
        let new = Self.text("Costs rose sharply in spring.\n\nThe plan was approved. Costs rose sharply after the vote.")
        let selector = QuoteSelector(exact: "Costs rose sharply")
        let found = QuoteRelocator(new).relocate(selector, from: QuoteRelocator.oldPlaces(of: [selector], in: old)[selector])
        #expect(found.kind == .moved)
        #expect(found.selector == QuoteSelector(exact: "Costs rose sharply", prefix: "plan was approved."), "three words tell it apart")
        #expect(found.needsRewrite(of: selector))
    }

    /// Random small edits: words inserted or deleted around the quotes, punctuation and typography changed anywhere,
    /// inside the quotes too (their words survive). Every quote is found again, certainly, and a quote whose
    /// punctuation changed is rewritten with all its words kept.
    @Test(arguments: 1...20)
    func smallEditsAroundQuotesKeepThemFound(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let vocabulary = ["river", "bridge", "council", "traffic", "north", "mill", "cost", "vote", "plan", "ferry", "town", "road"]
        var words = (0..<400).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] + String(random.next() % 1000) }
        // Quotes of six words at random places, kept apart.
        let starts = (0..<10).map { $0 * 40 + Int(random.next() % 30) }
        let quotes = starts.map { words[$0..<$0 + 6].joined(separator: " ") }
        let old = ArticleText(runs: [.init(words.joined(separator: " "), startsBlock: true)])
        // From the end, so the quotes' starts stay right: words in or out only outside the quotes, punctuation and
        // typography anywhere.
        let protected = Set(starts.flatMap { $0..<$0 + 6 })
        for index in stride(from: words.count - 1, through: 0, by: -1) where random.next() % 6 == 0 {
            switch random.next() % 4 {
            case 0 where !protected.contains(index): words.remove(at: index)
            case 1 where !protected.contains(index): words.insert("newly" + String(random.next() % 100), at: index)
            case 2: words[index] += ","
            default: words[index] = "“" + words[index] + "”"
            }
        }
        var paragraphs: [ArticleText.Run] = []
        for chunk in stride(from: 0, to: words.count, by: 50) {
            paragraphs.append(.init(words[chunk..<min(words.count, chunk + 50)].joined(separator: " "), startsBlock: true))
        }
        let relocator = QuoteRelocator(ArticleText(runs: paragraphs))
        let places = QuoteRelocator.oldPlaces(of: quotes.map { QuoteSelector(exact: $0) }, in: old)
        for quote in quotes {
            let found = relocator.relocate(QuoteSelector(exact: quote), from: places[QuoteSelector(exact: quote)])
            let placed = [.unchanged, .moved, .reworded].contains(found.kind)
            #expect(placed, "\(quote): \(found.kind)")
            if found.kind == .reworded {
                #expect(found.similarity == 1, "only punctuation changed inside it: \(found.wordDiff)")
            }
        }
    }
}
