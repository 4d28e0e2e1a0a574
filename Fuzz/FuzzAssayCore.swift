// libFuzzer entry point over the pure core: front-matter and annotation parsing, validation, anchoring,
// evaluation, expectations and lints. Built by `make fuzz` with `swiftc -sanitize=fuzzer -parse-as-library`
// against AssayCore's objects, because SwiftPM renames an executable target's entry point, which libFuzzer's
// own `main` must not collide with. Tests/AssayCoreTests/Fuzzing links to this file, so every seed and every
// crash input in Tests/Fixtures/fuzz-regressions runs in `make test` through exactly this code.
import AssayCore

/// The input's first byte picks the kind of file; the rest is its text, or from 0xF0 up, instructions that write an
/// option's front matter in hostile shapes (`structuredFrontMatter`). Inputs containing a line
/// `@@` are split there into an article body and a file of the chosen kind whose quotes are anchored.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let folders = ["options", "criteria", "assessments", "rankings", "actors", "expectations"]
    let folder = folders[Int(bytes[0]) % folders.count]
    let rest = Array(bytes.dropFirst())
    let separator: [UInt8] = Array("\n@@\n".utf8)
    var article: [UInt8] = Array("---\ntitle: T\nauthor: A\n---\nSome article text, with “quotes” – and dashes.\n".utf8)
    var annotation = rest
    if bytes[0] >= 0xF0 {
        annotation = structuredFrontMatter(rest[...])
    } else if let range = firstRange(of: separator, in: rest) {
        article = Array("---\ntitle: T\nauthor: A\n---\n".utf8) + rest[..<range.lowerBound]
        annotation = Array(rest[range.upperBound...])
    }
    let files = [
        ContentFile(relativePath: "article.md", displayPath: "Content/article.md", bytes: article),
        ContentFile(relativePath: "\(folder)/x.md", displayPath: "Content/\(folder)/x.md", bytes: annotation),
        ContentFile(relativePath: "actors/a.md", displayPath: "Content/actors/a.md", bytes: Array("---\nname: A\ndescription: a\n---\n".utf8)),
        ContentFile(relativePath: "criteria/c.md", displayPath: "Content/criteria/c.md",
                    bytes: Array("---\nactor: a\nkind: preference\ntitle: C\nweight: 1\nscale:\n  - level: lo\n    value: 0\n  - level: hi\n    value: 1\ninference: true\n---\n".utf8)),
        ContentFile(relativePath: "options/o.md", displayPath: "Content/options/o.md",
                    bytes: Array("---\ntitle: O\nsummary: o\ninference: true\n---\n".utf8)),
    ]
    let parsed = ContentParser.parse(files)
    let validated = ModelValidator.validate(parsed.content)
    guard let model = validated.model else { return 0 }
    // Plain-text runs stand in for cmark's: one per line, each line a block.
    let runs = model.article.body.split(separator: "\n", omittingEmptySubsequences: false).map {
        ArticleText.Run(String($0), startsBlock: true)
    }
    let anchored = PassageAnchor.anchor(model, in: ArticleText(runs: runs))
    for passage in anchored.passages.passages {
        precondition(passage.start < passage.end, "a passage must not be empty")
        for span in passage.spans { precondition(span.start < span.end && span.run < runs.count, "span out of range") }
    }
    let evaluation = ReportEvaluator.evaluate(model, draws: 20)
    _ = ExpectationChecker.check(model.expectations, against: evaluation)
    _ = EvidenceLint.check(model, passages: anchored.passages)
    return 0
}

private func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
    guard needle.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
        return start..<start + needle.count
    }
    return nil
}
