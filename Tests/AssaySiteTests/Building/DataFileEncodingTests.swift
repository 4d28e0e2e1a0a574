import AssayCore
import Foundation
import Testing
@testable import AssayRender
@testable import AssaySite

/// report.json and annotations.jsonld of the shipped content, encoded by `PrettyJSONEncoder` and by Foundation's
/// `JSONEncoder` with the same options: the two must be byte for byte the same.
@Suite struct DataFileEncodingTests {
    /// The analysis writes nothing: the output folder is never made.
    static func analysis() throws -> SiteBuilder.Analysis {
        try SiteBuilder(fileSystem: .local).analyse(
            .init(content: RepositoryPaths.content, templates: RepositoryPaths.templates, output: NSTemporaryDirectory() + "assay-unused-output"))
    }

    static func foundationJSON<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    @Test func reportDocumentMatchesFoundation() throws {
        let analysis = try Self.analysis()
        let document = ReportDocument(model: analysis.model, passages: analysis.passages, evaluation: analysis.evaluation,
                                      summary: ReportSummary.of(analysis.model, analysis.evaluation))
        let ours = try PrettyJSONEncoder.encode(document)
        #expect(ours.count > 10_000)
        #expect(ours == (try Self.foundationJSON(document)))
    }

    @Test func annotationsMatchFoundation() throws {
        let analysis = try Self.analysis()
        let report = ReportContext(model: analysis.model, passages: analysis.passages, evaluation: analysis.evaluation,
                                   bodies: analysis.bodies)
        let collection = AnnotationExport.collection(PageBuilder(report: report))
        let ours = try PrettyJSONEncoder.encode(collection)
        #expect(ours.count > 10_000)
        #expect(ours == (try Self.foundationJSON(collection)))
    }
}

/// report.json is written in pieces; the pieces must make the document as encoding it whole writes it.
@Suite struct ReportJSONStreamTests {
    @Test(arguments: [RepositoryPaths.content, RepositoryPaths.fixtures + "/minimal"])
    func piecesMakeTheWholeDocument(content: String) throws {
        let analysis = try SiteBuilder(fileSystem: .local, settings: .init(draws: 200)).analyse(
            .init(content: content, templates: RepositoryPaths.templates, output: NSTemporaryDirectory() + "assay-unused-output"))
        let document = ReportDocument(model: analysis.model, passages: analysis.passages, evaluation: analysis.evaluation,
                                      summary: ReportSummary.of(analysis.model, analysis.evaluation))
        var pieces: [[UInt8]] = []
        try ReportJSONStream.write(document) { pieces.append($0) }
        #expect(pieces.count > 10)
        #expect(Array(pieces.joined()) == (try PrettyJSONEncoder.encode(document)))
    }

    /// A session's second write copies every entry that is the same and encodes only the one that changed, and its
    /// bytes are still those of encoding the whole changed document.
    @Test func aSessionEncodesOnlyTheEntryThatChanged() throws {
        let analysis = try SiteBuilder(fileSystem: .local, settings: .init(draws: 0)).analyse(
            .init(content: RepositoryPaths.content, templates: RepositoryPaths.templates, output: NSTemporaryDirectory() + "assay-unused-output"))
        var document = ReportDocument(model: analysis.model, passages: analysis.passages, evaluation: analysis.evaluation,
                                      summary: ReportSummary.of(analysis.model, analysis.evaluation))
        // Every option and assessment, and the evaluation.
        let entries = document.options.count + document.assessments.count + 1
        let memo = EncodedEntries()
        func written() throws -> [UInt8] {
            var pieces: [[UInt8]] = []
            try ReportJSONStream.write(document, memo: memo) { pieces.append($0) }
            return Array(pieces.joined())
        }
        #expect(try written() == (try PrettyJSONEncoder.encode(document)))
        #expect(memo.lastWrite == (encoded: entries, copied: 0))
        document.assessments[3].rationale += " Edited."
        #expect(try written() == (try PrettyJSONEncoder.encode(document)))
        #expect(memo.lastWrite == (encoded: 1, copied: entries - 1))
        // An option that is gone is forgotten; one that comes back is encoded again.
        let removed = document.options.removeLast()
        #expect(try written() == (try PrettyJSONEncoder.encode(document)))
        document.options.append(removed)
        #expect(try written() == (try PrettyJSONEncoder.encode(document)))
        #expect(memo.lastWrite == (encoded: 1, copied: entries - 1))
    }

    @Test func emptyListsAreWrittenAsTheEncoderWritesThem() throws {
        let analysis = try SiteBuilder(fileSystem: .local, settings: .init(draws: 0)).analyse(
            .init(content: RepositoryPaths.fixtures + "/minimal", templates: RepositoryPaths.templates,
                  output: NSTemporaryDirectory() + "assay-unused-output"))
        var document = ReportDocument(model: analysis.model, passages: analysis.passages, evaluation: analysis.evaluation,
                                      summary: ReportSummary.of(analysis.model, analysis.evaluation))
        document.statedRankings = []
        document.actors = []
        var pieces: [[UInt8]] = []
        try ReportJSONStream.write(document) { pieces.append($0) }
        #expect(Array(pieces.joined()) == (try PrettyJSONEncoder.encode(document)))
    }
}

/// annotations.jsonld is written in pieces too.
@Suite struct AnnotationStreamTests {
    @Test func piecesMakeTheWholeCollection() throws {
        let analysis = try SiteBuilder(fileSystem: .local).analyse(
            .init(content: RepositoryPaths.content, templates: RepositoryPaths.templates, output: NSTemporaryDirectory() + "assay-unused-output"))
        let builder = PageBuilder(report: ReportContext(model: analysis.model, passages: analysis.passages, evaluation: analysis.evaluation,
                                                        bodies: analysis.bodies))
        var pieces: [[UInt8]] = []
        try AnnotationExport.write(builder) { pieces.append($0) }
        #expect(pieces.count > 10)
        #expect(Array(pieces.joined()) == (try PrettyJSONEncoder.encode(AnnotationExport.collection(builder))) + [0x0A])
        // A session's second write copies every annotation, and writes the same bytes.
        let memo = EncodedEntries()
        for pass in 0..<2 {
            var memoised: [[UInt8]] = []
            try AnnotationExport.write(builder, memo: memo) { memoised.append($0) }
            #expect(Array(memoised.joined()) == Array(pieces.joined()))
            #expect(memo.annotations.copied == (pass == 0 ? 0 : builder.report.passages.passages.count))
        }
    }
}
