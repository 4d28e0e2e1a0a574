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
                return .success(try JSONDecoder().decode(ReportFile.self, from: data).revision)
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

    /// The parts of report.json a revision needs.
    private struct ReportFile: Decodable {
        struct Source: Decodable { var body: String }
        struct Named: Decodable { var id: ActorID; var name: String }
        struct Titled: Decodable {
            struct Step: Decodable { var level: String; var value: Double; var label: String? }
            var id: String
            var title: String
            var weight: Double?
            var scale: [Step]?
        }
        struct AssessmentEntry: Decodable {
            var option: OptionID
            var criterion: CriterionID
            var level: String?
            var crosses: Bool?
            var confidence: String
        }
        struct PassageEntry: Decodable { var id: String; var text: String; var citedBy: [String] }
        struct Evaluation: Decodable { var actors: [ActorEvaluation]; var robustness: [ActorRobustness]? }

        var source: Source
        var actors: [Named]
        var criteria: [Titled]
        var options: [Titled]
        var assessments: [AssessmentEntry]
        var passages: [PassageEntry]
        var evaluation: Evaluation

        var revision: Revision {
            var titles: [String: String] = [:]
            for option in options { titles[option.id] = option.title }
            for criterion in criteria { titles[criterion.id] = criterion.title }
            for actor in actors { titles[actor.id.rawValue] = actor.name }
            let weights = Dictionary(criteria.compactMap { c in c.weight.map { (CriterionID(c.id), $0) } }, uniquingKeysWith: { first, _ in first })
            let conclusions = Conclusions(
                actors: evaluation.actors.map { actor in
                    RevisionRecorder.conclusions(actor, weights: weights, robustness: evaluation.robustness?.first { $0.actorID == actor.actorID })
                },
                tensions: RevisionRecorder.tensions(evaluation.actors), expectations: nil)
            let grounds = Grounds(
                assessments: assessments.map {
                    AssessmentRecord(option: $0.option, criterion: $0.criterion,
                                     judgement: $0.level ?? ($0.crosses == true ? "crosses" : "does not cross"), confidence: $0.confidence)
                }.sorted { ($0.option, $0.criterion) < ($1.option, $1.criterion) },
                passages: passages.map { PassageRecord(id: $0.id, text: $0.text, citedBy: $0.citedBy.sorted()) }.sorted { $0.id < $1.id })
            let names = Names(
                titles: titles,
                levels: Dictionary(criteria.compactMap { criterion in
                    criterion.scale.flatMap { $0.isEmpty ? nil : (CriterionID(criterion.id), Dictionary($0.map { ($0.level, $0.value) }, uniquingKeysWith: { first, _ in first })) }
                }, uniquingKeysWith: { first, _ in first }),
                levelLabels: Dictionary(criteria.compactMap { criterion in
                    RevisionRecorder.labels((criterion.scale ?? []).compactMap { step in step.label.map { (step.level, $0) } }).map { (CriterionID(criterion.id), $0) }
                }, uniquingKeysWith: { first, _ in first }))
            return Revision(date: nil, note: nil, article: RevisionRecorder.articleDigest(source.body), conclusions: conclusions,
                            grounds: grounds, names: names)
        }
    }
}
