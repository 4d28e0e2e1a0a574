import Testing
import Foundation
@testable import AssayCore

/// Bad content files, each with the exact diagnostic it must produce.
@Suite struct ContentDiagnosticsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: String]
        /// `path:line:col: message` of the first error.
        var expected: String
        var hint: String? = nil
        var testDescription: String { name }
    }

    static let criterionHead = "---\nactor: town\nkind: preference\ntitle: Speed\n"
    static let scale = "scale:\n  - level: slow\n    label: Slow\n    value: 0\n  - level: fast\n    label: Fast\n    value: 1\n"

    static let cases: [Case] = [
        Case(name: "no front matter", files: ["actors/b.md": "Just text\n"],
             expected: "Content/actors/b.md:1:1: the file does not start with front matter"),
        Case(name: "empty file", files: ["actors/b.md": ""],
             expected: "Content/actors/b.md:1:1: the file is empty"),
        Case(name: "unterminated front matter", files: ["actors/b.md": "---\nname: B\ndescription: b\n"],
             expected: "Content/actors/b.md:1:1: the front matter is not closed", hint: "add a line '---' after the last YAML key"),
        Case(name: "YAML syntax error", files: ["actors/b.md": "---\nname: B\ndescription: [unclosed\n---\n"],
             expected: "Content/actors/b.md:3:14: the front matter is not valid YAML: did not find expected ',' or ']' while parsing a flow sequence"),
        Case(name: "unknown key", files: ["actors/b.md": "---\nname: B\ndescripton: b\n---\n"],
             expected: "Content/actors/b.md:1:1: missing required key 'description'"),
        Case(name: "misspelt key suggests the right one", files: ["actors/b.md": "---\nname: B\ndescription: b\nnmae: x\n---\n"],
             expected: "Content/actors/b.md:4:1: unknown key 'nmae'", hint: "did you mean 'name'?"),
        Case(name: "key given twice", files: ["actors/b.md": "---\nname: B\nname: C\ndescription: b\n---\n"],
             expected: "Content/actors/b.md:3:1: the key 'name' is given twice"),
        Case(name: "key given twice in a scale step",
             files: ["criteria/speed.md": criterionHead + "weight: 1\nscale:\n  - level: slow\n    value: 0\n    value: 1\n---\n"],
             expected: "Content/criteria/speed.md:9:5: the key 'value' is given twice", hint: "keep one of them"),
        Case(name: "control character in the front matter", files: ["actors/b.md": "---\nname: B\ndescription: a\u{7}b\n---\n"],
             expected: "Content/actors/b.md:3:15: the file holds the control character U+0007, which a report cannot show"),
        Case(name: "negative weight", files: ["criteria/speed.md": criterionHead + "weight: -2\n" + scale + "inference: true\n---\n"],
             expected: "Content/criteria/speed.md:5:9: the weight must be greater than zero"),
        Case(name: "zero weight", files: ["criteria/speed.md": criterionHead + "weight: 0\n" + scale + "inference: true\n---\n"],
             expected: "Content/criteria/speed.md:5:9: the weight must be greater than zero"),
        Case(name: "weight not a number", files: ["criteria/speed.md": criterionHead + "weight: heavy\n" + scale + "inference: true\n---\n"],
             expected: "Content/criteria/speed.md:5:9: 'weight' must be a number"),
        Case(name: "scale out of order",
             files: ["criteria/speed.md": criterionHead + "weight: 1\nscale:\n  - level: fast\n    value: 1\n  - level: slow\n    value: 0\ninference: true\n---\n"],
             expected: "Content/criteria/speed.md:9:5: the scale is out of order: 'slow' (0) must be worth more than 'fast' (1)"),
        Case(name: "level value outside [0, 1]",
             files: ["criteria/speed.md": criterionHead + "weight: 1\nscale:\n  - level: slow\n    value: 0\n  - level: fast\n    value: 10\ninference: true\n---\n"],
             expected: "Content/criteria/speed.md:10:12: a level's value must lie between 0 and 1, not 10"),
        Case(name: "unknown criterion kind", files: ["criteria/speed.md": "---\nactor: town\nkind: redline\ntitle: S\ninference: true\n---\n"],
             expected: "Content/criteria/speed.md:3:1: unknown criterion kind 'redline'", hint: "did you mean 'red-line'?"),
        Case(name: "red line with a weight", files: ["criteria/speed.md": "---\nactor: town\nkind: red-line\ntitle: S\nweight: 2\ninference: true\n---\n"],
             expected: "Content/criteria/speed.md:5:1: a red line has no weight"),
        Case(name: "criterion of an unknown actor", files: ["criteria/speed.md": "---\nactor: twon\nkind: red-line\ntitle: S\ninference: true\n---\n"],
             expected: "Content/criteria/speed.md:2:8: unknown actor 'twon'", hint: "did you mean 'town'?"),
        Case(name: "level not on the scale", files: ["assessments/a.md": assessment("alpha", "cost", level: "medium")],
             expected: "Content/assessments/a.md:4:8: 'medium' is not a level of 'cost'"),
        Case(name: "assessment of an unknown option", files: ["assessments/a.md": assessment("alpah", "cost", level: "low")],
             expected: "Content/assessments/a.md:2:9: unknown option 'alpah'", hint: "did you mean 'alpha'?"),
        Case(name: "red line given a level", files: ["assessments/a.md": assessment("alpha", "no-gamma", level: "low")],
             expected: "Content/assessments/a.md:4:8: 'no-gamma' is a red line: it takes 'crosses', not 'level'"),
        Case(name: "preference given crosses", files: ["assessments/a.md": assessment("alpha", "cost", crosses: true)],
             expected: "Content/assessments/a.md:4:10: 'cost' is a preference: it takes 'level', not 'crosses'"),
        Case(name: "crosses not a boolean", files: ["assessments/a.md": assessment("alpha", "no-gamma").replacingOccurrences(of: "criterion: no-gamma", with: "criterion: no-gamma\ncrosses: maybe")],
             expected: "Content/assessments/a.md:4:10: 'crosses' must be true or false, not 'maybe'"),
        Case(name: "unknown confidence",
             files: ["assessments/a.md": assessment("alpha", "cost", level: "low").replacingOccurrences(of: "confidence: medium", with: "confidence: certain")],
             expected: "Content/assessments/a.md:5:13: unknown confidence 'certain'", hint: "use low, medium or high"),
        Case(name: "assessment without level or crosses",
             files: ["assessments/a.md": "---\noption: alpha\ncriterion: cost\nconfidence: high\ninference: true\n---\nWhy.\n"],
             expected: "Content/assessments/a.md:1:1: missing required key 'level'"),
        Case(name: "assessment without rationale",
             files: ["assessments/a.md": "---\noption: alpha\ncriterion: cost\nlevel: low\nconfidence: high\ninference: true\n---\n\n"],
             expected: "Content/assessments/a.md:1:1: the assessment has no rationale"),
        Case(name: "same pair assessed twice",
             files: ["assessments/a.md": assessment("alpha", "cost", level: "low"), "assessments/b.md": assessment("alpha", "cost", level: "high")],
             expected: "Content/assessments/b.md:1:1: 'alpha' is already assessed on 'cost'"),
        Case(name: "invalid id in file name", files: ["options/Bad_Name.md": "---\ntitle: B\nsummary: b\ninference: true\n---\n"],
             expected: "Content/options/Bad_Name.md:1:1: 'Bad_Name' is not a valid id"),
        Case(name: "file in an unknown folder", files: ["notes/x.md": "---\ntitle: x\n---\n"],
             expected: "Content/notes/x.md:1:1: Assay does not know what this file is"),
        Case(name: "empty quote", files: ["options/delta.md": "---\ntitle: D\nsummary: d\ncites:\n  - exact: \"\"\n---\n"],
             expected: "Content/options/delta.md:5:12: 'exact' must not be empty"),
        Case(name: "ranking named after another actor", files: ["rankings/city.md": "---\nactor: town\norder: [alpha]\ninference: true\n---\n"],
             expected: "Content/rankings/city.md:2:8: a ranking file must be named after its actor"),
        Case(name: "ranking lists an unknown option", files: ["rankings/town.md": "---\nactor: town\norder:\n  - alpha\n  - omega\ninference: true\n---\n"],
             expected: "Content/rankings/town.md:5:5: unknown option 'omega'"),
        Case(name: "article without text", files: ["article.md": "---\ntitle: T\nauthor: A\n---\n\n"],
             expected: "Content/article.md:5:1: the article has no text"),
        Case(name: "article url with an unsafe scheme", files: ["article.md": "---\ntitle: T\nauthor: A\nurl: javascript:alert(1)\n---\nText.\n"],
             expected: "Content/article.md:4:6: the article's url 'javascript:alert(1)' uses the scheme 'javascript:', which is not allowed"),
    ]

    @Test(arguments: cases)
    func reportsTheProblemWhereItIs(_ testCase: Case) throws {
        let (model, diagnostics) = ContentFixture.small(extra: testCase.files).parse()
        #expect(model == nil)
        let first = try #require(diagnostics.first { $0.severity == .error })
        #expect("\(first.location): \(first.message)" == testCase.expected)
        if let hint = testCase.hint { #expect(first.hint == hint) }
        #expect(first.hint?.isEmpty == false, "every error carries a hint")
    }

    @Test func allProblemsOfARunAreReportedTogether() {
        let (_, diagnostics) = ContentFixture.small(extra: [
            "actors/b.md": "no front matter",
            "assessments/a.md": assessment("alpha", "cost", level: "medium"),
            "options/delta.md": "---\ntitle: D\n---\n",
        ]).parse()
        #expect(diagnostics.map(\.location.file) == ["Content/actors/b.md", "Content/assessments/a.md", "Content/options/delta.md"])
    }

    @Test func referencesToFilesThatFailedToParseAreNotReportedAgain() {
        // delta.md is broken; the assessment naming it must not add "unknown option 'delta'".
        let (_, diagnostics) = ContentFixture.small(extra: [
            "options/delta.md": "---\ntitle: D\ninference: true\n---\n",
            "assessments/a.md": assessment("delta", "cost", level: "low"),
        ]).parse()
        #expect(diagnostics.map(\.message) == ["missing required key 'summary'"])
    }

    @Test func nonUTF8BytesAreLocated() throws {
        var bytes = Array("---\nname: B\ndescription: caf".utf8)
        bytes += [0xE9, 0x0A] + Array("---\n".utf8)
        let parsed = ContentParser.parse([ContentFile(relativePath: "actors/b.md", displayPath: "Content/actors/b.md", bytes: bytes)])
        let diagnostic = try #require(parsed.diagnostics.first)
        #expect("\(diagnostic.location): \(diagnostic.message)" == "Content/actors/b.md:3:17: the file is not valid UTF-8 text")
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() {
        let text = "\u{FEFF}---\r\nname: B\r\ndescription: b\r\n---\r\nBody.\r\n"
        let parsed = ContentParser.parse([ContentFile(relativePath: "actors/b.md", displayPath: "Content/actors/b.md", text: text)])
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.content.actors.first?.description == "b")
    }

    @Test func theSmallFixtureIsValid() {
        let (model, diagnostics) = ContentFixture.small().parse()
        #expect(diagnostics.isEmpty)
        #expect(model?.options.map(\.id) == ["alpha", "beta", "gamma"])
    }
}

/// Several authors, given as a list.
@Suite struct ArticleAuthorsTests {
    @Test func aListOfAuthorsIsKeptAndJoined() throws {
        let article = "---\ntitle: T\nauthor:\n  - Ana Ruiz\n  - Ben Ode\n  - Cy Lam\n---\nAlpha is cheap. Beta is fast. Gamma is forbidden.\n"
        let (model, diagnostics) = ContentFixture.small(extra: ["article.md": article]).parse()
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        let parsed = try #require(model).article
        #expect(parsed.authors == ["Ana Ruiz", "Ben Ode", "Cy Lam"])
        #expect(parsed.author == "Ana Ruiz, Ben Ode and Cy Lam")
    }
}
