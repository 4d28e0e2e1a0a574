import Foundation
import Testing
@testable import AssayCore

/// The digest the build cache compares: stable across runs, different for different bytes.
@Suite struct ContentDigestTests {
    @Test func equalBytesGiveEqualDigestsAndAnyChangeAnother() {
        let text = String(repeating: "Russia opposes any Western troops in Ukraine. ", count: 40)
        #expect(ContentDigest.of(text) == ContentDigest.of(Array(text.utf8)))
        var digests: Set<ContentDigest> = [ContentDigest.of(text)]
        // Every single-byte change, at every position of the last words, and every length of the text's start.
        var bytes = Array(text.utf8)
        for index in bytes.indices.suffix(24) {
            let original = bytes[index]
            bytes[index] = original ^ 0x01
            digests.insert(ContentDigest.of(bytes))
            bytes[index] = original
        }
        for length in 0..<64 { digests.insert(ContentDigest.of(Array(text.utf8.prefix(length)))) }
        #expect(digests.count == 1 + 24 + 64)
    }

    @Test func trailingZerosAndFramingCount() {
        #expect(ContentDigest.of([0x61]) != ContentDigest.of([0x61, 0x00]))
        var split = Hasher128(), joined = Hasher128()
        split.update("ab")
        split.update("c")
        joined.update("a")
        joined.update("bc")
        #expect(split.finalize() != joined.finalize())
    }

    @Test func hexAndJSONRoundTrip() throws {
        let digest = ContentDigest.of("assay")
        #expect(digest.description.count == 32)
        #expect(ContentDigest(hex: digest.description) == digest)
        #expect(ContentDigest(hex: "xyz") == nil)
        let json = try JSONEncoder().encode([digest])
        #expect(try JSONDecoder().decode([ContentDigest].self, from: json) == [digest])
        #expect(String(decoding: json, as: UTF8.self) == "[\"\(digest)\"]")
    }

    /// Pinned: a change to the algorithm must come with a new build-cache format, or old caches would be trusted.
    @Test func theAlgorithmIsPinned() {
        #expect(ContentDigest.of("Which Western Security Guarantees For Ukraine Could Putin Find Acceptable?").description
                == "3ae6e16a53dd8a6e68aed1cb648d2620")
    }
}
