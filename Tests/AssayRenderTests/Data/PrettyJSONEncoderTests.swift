import Foundation
import Testing
@testable import AssayRender

/// `PrettyJSONEncoder` must write what Foundation's `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, byte for byte: report.json and annotations.jsonld are pinned by golden files and read by
/// other tools.
@Suite struct PrettyJSONEncoderTests {
    static let doubles: [Double] = [
        0, -0.0, 1, -1, 0.1, 0.5, 1.5, 100, 1e-7, 1e-5, 1e-4, 0.001, 1e15, 1e16, 1e21, 1e22, 123456.789, 123456789012345680,
        0.30000000000000004, 2.5e-8, 1.0 / 3, 2.0 / 3, 9007199254740992, 9007199254740994, 4503599627370496.5, 1e300, -1e-300,
        .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude,
        -.greatestFiniteMagnitude, .ulpOfOne, .pi, 0.1 + 0.2, 100.0 / 7, 42, 1234567.0, 12345678901234567890.0,
    ]

    @Test(arguments: doubles)
    func doublesMatchFoundation(value: Double) throws {
        try expectSameJSON(value)
        try expectSameJSON([value])
        try expectSameJSON(["value": value])
    }

    @Test(arguments: [Float(0), -0.0, 1, 0.1, 1e-7, 3.4e38, .leastNormalMagnitude, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 16777218,
                      1.0 / 3])
    func floatsMatchFoundation(value: Float) throws {
        try expectSameJSON(value)
        try expectSameJSON(["value": value])
    }

    static let strings: [String] = [
        "", "plain", "quote \" and \\ backslash", "slash / and //", "line\nbreak\ttab\r\u{8}\u{C}",
        String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }), "del \u{7F}", "é e\u{301} ß 中文 😀 👨‍👩‍👧 🇺🇦",
        "\u{2028}\u{2029}\u{FEFF}\u{85}\u{FFFF}\u{10FFFF}", "“curly” ‘quotes’", "<script>&amp;</script>", "\\u0041",
        "trailing backslash \\",
    ]

    @Test(arguments: strings)
    func stringsMatchFoundation(value: String) throws {
        try expectSameJSON(value)
        try expectSameJSON([value, value])
        try expectSameJSON([value: value])
    }

    /// Strings are scanned eight bytes at a time: a character to escape is found at every offset.
    @Test(arguments: ["\"", "\\", "\n", "\u{0}", "\u{1F}", "/", "\u{7F}", "é", "😀"])
    func escapesAreFoundAtEveryOffset(special: String) throws {
        for offset in 0..<20 {
            let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset)
            try expectSameJSON(text)
            try expectSameJSON(String(repeating: text, count: 3))
        }
    }

    @Test func integersAndBooleansMatchFoundation() throws {
        try expectSameJSON([Int.min, -1, 0, 1, Int.max])
        try expectSameJSON([UInt64.max, 0])
        try expectSameJSON([Int8.min, Int8.max])
        try expectSameJSON(["int16": Int16.min])
        try expectSameJSON(["int32": Int32.max])
        try expectSameJSON(["uint8": UInt8.max])
        try expectSameJSON([true, false])
        try expectSameJSON(true)
        try expectSameJSON(7)
    }

    /// Empty arrays and objects are written `[`, a blank line, `]` at their own indentation.
    @Test func emptyContainersMatchFoundation() throws {
        try expectSameJSON([Int]())
        try expectSameJSON([String: Int]())
        try expectSameJSON([[Int]()])
        try expectSameJSON([[String: Int]()])
        try expectSameJSON(["a": [Int]()])
        try expectSameJSON(["a": ["b": [String: Int]()]])
        try expectSameJSON([JSONSample.nothing])
        #expect(String(decoding: try PrettyJSONEncoder.encode(["a": [Int]()]), as: UTF8.self) == "{\n  \"a\" : [\n\n  ]\n}")
    }

    /// Keys sort by their UTF-8 bytes: upper case before `_` before lower case, "item10" before "item2", "e\u{301}"
    /// before "f" (as bytes, though "é" sorts after "f"), U+FFFF before U+10000 (unlike UTF-16).
    @Test func keysSortByTheirUTF8Bytes() throws {
        let keys = ["b", "a", "B", "item10", "item2", "é", "f", "e\u{301}x", "\u{FFFF}", "😀", "\u{FF5E}", "_", "", "ab", "a\u{0}",
                    "a\u{1}b", "Z", "~", "ä", "\u{10000}", "\"", "\\", "/"]
        try expectSameJSON(JSONSample.object(keys.enumerated().map { .init(key: $1, value: .int($0)) }))
        try expectSameJSON(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }))
        let written = String(decoding: try PrettyJSONEncoder.encode(["f": 1, "e\u{301}": 2]), as: UTF8.self)
        #expect(written == "{\n  \"e\u{301}\" : 2,\n  \"f\" : 1\n}")
    }

    /// A key encoded twice is one member with the last value; canonically equivalent keys are the same key, spelt as
    /// first encoded.
    @Test(arguments: [["x", "y", "x"], ["e\u{301}", "é"], ["é", "e\u{301}", "f"], ["Å", "A\u{30A}", "\u{212B}"], ["K", "\u{212A}"],
                      ["\u{212A}", "K", "K"], ["a\u{308}\u{323}", "a\u{323}\u{308}", "b"], ["b", "a", "b", "a", "c"]])
    func repeatedKeysMatchFoundation(keys: [String]) throws {
        try expectSameJSON(JSONSample.object(keys.enumerated().map { .init(key: $1, value: .int($0)) }))
    }

    @Test func optionalsNestedContainersAndWrappersMatchFoundation() throws {
        try expectSameJSON(JSONSample.optionals([.init(key: "a", value: nil), .init(key: "b", value: .double(0.5)),
                                                 .init(key: "c", value: .object([])), .init(key: "d", value: nil)]))
        try expectSameJSON(JSONSample.optionalDoubles([nil, 1, nil, 0.25]))
        try expectSameJSON([Int?.none, 1])
        try expectSameJSON(["a": Int?.none])
        try expectSameJSON(JSONSample.nested(key: "k", inner: [.init(key: "z", value: .int(1)), .init(key: "a", value: .array([]))],
                                             list: [.string("s"), .unkeyed([.null, .double(2)])]))
        try expectSameJSON(JSONSample.wrapped(.wrapped(.object([.init(key: "a", value: .string("b"))]))))
        try expectSameJSON([JSONSample.wrapped(.nothing)])
        try expectSameJSON(Verdicts.sample)
    }

    /// A nested container's path ends with its key, but what is encoded through it has its parent's path and its own key.
    @Test func codingPathsMatchFoundation() throws {
        let foundation = PathRecorder(log: .init(), depth: 2)
        let ours = PathRecorder(log: .init(), depth: 2)
        #expect(try PrettyJSONEncoder.encode(ours) == (try foundationJSON(foundation)))
        #expect(foundation.log.paths.count > 20)
        #expect(ours.log.paths == foundation.log.paths)
    }

    @Test func foundationTypesMatchFoundation() throws {
        try expectSameJSON([URL(string: "https://example.org/a/b?c=d#e")!, URL(fileURLWithPath: "/tmp/x y")])
        try expectSameJSON(["data": Data([0, 1, 2, 250, 255]), "empty": Data()])
        try expectSameJSON([Decimal(string: "1.50")!, Decimal(string: "-0.000123")!, Decimal(12345678901234567)])
        try expectSameJSON(["date": Date(timeIntervalSinceReferenceDate: 0.5)])
    }

    /// A value that encodes nothing is an error at the top level, as in Foundation.
    @Test func topLevelValueEncodingNothingThrows() throws {
        #expect(throws: EncodingError.self) { try foundationJSON(JSONSample.nothing) }
        #expect(throws: EncodingError.self) { try PrettyJSONEncoder.encode(JSONSample.nothing) }
    }

    /// NaN and infinities throw `EncodingError.invalidValue` with Foundation's coding path, wherever they are.
    @Test(arguments: [Double.nan, .infinity, -.infinity, .signalingNaN])
    func nonFiniteNumbersThrowAsInFoundation(value: Double) throws {
        let samples: [JSONSample] = [
            .double(value), .float(Float(value)), .array([.int(1), .double(value)]), .unkeyed([.float(Float(value))]),
            .object([.init(key: "a", value: .double(value))]), .dictionary(["x": .array([.double(value)])]),
            .optionalDoubles([1, value]), .nested(key: "n", inner: [.init(key: "v", value: .double(value))], list: []),
            .nested(key: "n", inner: [], list: [.double(1), .double(value)]), .wrapped(.double(value)),
            .optionals([.init(key: "o", value: .double(value))]),
        ]
        for sample in samples {
            var foundationPath: [String]?
            var ourPath: [String]?
            do { _ = try foundationJSON(sample) } catch EncodingError.invalidValue(_, let context) {
                foundationPath = context.codingPath.map(\.stringValue)
            }
            do { _ = try PrettyJSONEncoder.encode(sample) } catch EncodingError.invalidValue(_, let context) {
                ourPath = context.codingPath.map(\.stringValue)
            }
            #expect(foundationPath != nil, "Foundation throws for \(sample)")
            #expect(ourPath == foundationPath, "\(sample)")
        }
    }
}

/// Writes down the coding paths it sees: its encoder's, and those of containers nested two deep.
private struct PathRecorder: Encodable {
    final class Log { var paths: [[String]] = [] }
    let log: Log
    let depth: Int

    func encode(to encoder: any Encoder) throws {
        log.paths.append(encoder.codingPath.map(\.stringValue))
        guard depth > 0 else {
            var container = encoder.singleValueContainer()
            log.paths.append(container.codingPath.map(\.stringValue))
            return try container.encode(depth)
        }
        var container = encoder.container(keyedBy: JSONSample.Key.self)
        var nested = container.nestedContainer(keyedBy: JSONSample.Key.self, forKey: .init("n"))
        var list = nested.nestedUnkeyedContainer(forKey: .init("u"))
        log.paths += [container.codingPath, nested.codingPath, list.codingPath].map { $0.map(\.stringValue) }
        try list.encode(PathRecorder(log: log, depth: depth - 1))
        try nested.encode(PathRecorder(log: log, depth: depth - 1), forKey: .init("k"))
        try container.encode([PathRecorder(log: log, depth: depth - 1)], forKey: .init("a"))
    }
}

/// An enum with associated values, as `Verdict` in report.json: synthesised `Encodable` writes nested containers.
private enum Verdicts: Encodable {
    case ranked(rank: Int, score: Double?)
    case vetoed(redLines: [String])
    case none

    static let sample: [Verdicts] = [.ranked(rank: 1, score: nil), .ranked(rank: 2, score: 0.5), .vetoed(redLines: []),
                                     .vetoed(redLines: ["a", "b"]), .none]
}
