import Foundation

/// Revisions as files: written by `assay snapshot`, read back by builds and `assay diff`, which also reads a
/// report's `data/report.json` as the revision of that report.
extension Revision {
    /// The file's bytes: sorted keys and fixed indentation, so the same conclusions give the same file.
    public func fileBytes() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain values cannot fail.
        return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }

    /// A revision file, or a report.json (recognised by its `schemaVersion`).
    public static func read(_ bytes: [UInt8]) -> Result<Revision, Diagnostic.Problem> {
        let data = Data(bytes)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return .failure(Diagnostic.Problem("the file is not a JSON object",
                                        hint: "give a revision from Content/revisions/ or a report's data/report.json"))
        }
        do {
            if object["schemaVersion"] != nil {
                do {
                    return .success(try JSONDecoder().decode(ReportDocument.self, from: data).revision)
                } catch let error as DecodingError {
                    // The shape grew within schema version 1: a report.json from an earlier build may lack a key.
                    return .failure(Diagnostic.Problem("the report.json does not have this version's shape: \(Self.describe(error))",
                                                       hint: "build that report again with this version of assay, or compare the "
                                                           + "revisions 'assay snapshot' recorded instead"))
                }
            }
            let revision = try JSONDecoder().decode(Revision.self, from: data)
            // JSON escapes can make characters no page or feed may hold; the note and titles reach both.
            for text in [revision.note ?? ""] + revision.titles.values.sorted() {
                if let bad = ForbiddenCharacters.first(in: text) {
                    return .failure(Diagnostic.Problem("the revision holds the control character \(ForbiddenCharacters.name(bad.scalar))",
                                                hint: "remove it from the note or title that holds it, or snapshot again"))
                }
            }
            return .success(revision)
        } catch let error as DecodingError {
            return .failure(Diagnostic.Problem("the file is not a revision: \(Self.describe(error))",
                                        hint: "revisions are written by 'assay snapshot'; take the file back from version control, or snapshot again"))
        } catch {
            return .failure(Diagnostic.Problem("the file cannot be read: \(error)", hint: ""))
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        let (context, what): (DecodingError.Context, String) = switch error {
        case .keyNotFound(let key, let context): (context, "'\(key.stringValue)' is missing")
        case .typeMismatch(_, let context): (context, "a value has the wrong type")
        case .valueNotFound(_, let context): (context, "a value is missing")
        case .dataCorrupted(let context): (context, "it is not valid JSON")
        @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "it cannot be decoded")
        }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? what : "\(what) at \(path.hasPrefix(".") ? String(path.dropFirst()) : path)"
    }
}

extension ReportDocument {
    /// The conclusions this report.json records, as a revision: what `assay diff` compares it with.
    var revision: Revision {
        var titles: [String: String] = [:]
        for option in options { titles[option.id.rawValue] = option.title }
        for criterion in criteria { titles[criterion.id.rawValue] = criterion.title }
        for actor in actors { titles[actor.id.rawValue] = actor.name }
        let weights = Dictionary(criteria.compactMap { c in c.weight.map { (c.id, $0) } }, uniquingKeysWith: { first, _ in first })
        let conclusions = Revision.Conclusions(
            actors: evaluation.actors.map { actor in
                RevisionRecorder.conclusions(actor, weights: weights, robustness: evaluation.robustness(of: actor.actorID))
            },
            tensions: RevisionRecorder.tensions(evaluation.actors), expectations: nil)
        let grounds = Revision.Grounds(
            assessments: assessments.map {
                Revision.AssessmentRecord(option: $0.option, criterion: $0.criterion, judgement: RevisionRecorder.judgement($0.judgement),
                                          confidence: $0.confidence)
            }.sorted { ($0.option, $0.criterion) < ($1.option, $1.criterion) },
            passages: passages.map { Revision.PassageRecord(id: $0.id, text: $0.text, citedBy: $0.citedBy.sorted()) }
                .sorted { $0.id < $1.id })
        let scaled = criteria.filter { !$0.scale.isEmpty }
        let names = Revision.Names(
            titles: titles,
            levels: Dictionary(scaled.map { criterion in
                (criterion.id, Dictionary(criterion.scale.map { ($0.level, $0.value) }, uniquingKeysWith: { first, _ in first }))
            }, uniquingKeysWith: { first, _ in first }),
            levelLabels: Dictionary(scaled.compactMap { criterion in
                RevisionRecorder.labels(criterion.scale.map { ($0.level, $0.label) }).map { (criterion.id, $0) }
            }, uniquingKeysWith: { first, _ in first }))
        return Revision(date: nil, note: nil, article: RevisionRecorder.articleDigest(source.body), conclusions: conclusions,
                        grounds: grounds, names: names)
    }
}
