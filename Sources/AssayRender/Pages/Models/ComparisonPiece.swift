import AssayTemplates

/// The author's ranking beside the computed one: Kendall's tau, pairs ordered differently, tensions and the
/// passages where the author states it.
struct ComparisonPiece: TemplateModel {
    var stated: [StatedRow]
    var unacceptable: [StatedRow]
    var tau: String?
    var commonCount: Int
    var discordant: [OptionPair]
    var tied: [OptionPair]
    var tensions: [TensionEntry]
    var evidence: Evidence
    var notes: String
    /// Pairs the author states one by one, each with its own passages.
    var pairs: [StatedPairPiece] = []
    /// Pairs of options the author does not order.
    var unordered: [OptionPair] = []

    static let schema = ModelSchema<ComparisonPiece>("Comparison", [
        .list("pairs") { $0.pairs }, .bool("hasPairs") { !$0.pairs.isEmpty },
        .list("unordered") { $0.unordered }, .bool("hasUnordered") { !$0.unordered.isEmpty },
        .list("stated") { $0.stated },
        .list("unacceptable") { $0.unacceptable }, .bool("hasUnacceptable") { !$0.unacceptable.isEmpty },
        .text("tau") { $0.tau ?? "" }, .bool("hasTau") { $0.tau != nil }, .int("commonCount") { $0.commonCount },
        .int("pairCount") { $0.commonCount * ($0.commonCount - 1) / 2 }, .bool("isOnePair") { $0.commonCount == 2 },
        // Under three options τ rests on one pair: ±1 by construction, which says little about agreement.
        .bool("hasFewOptions") { $0.commonCount < 3 },
        .list("discordant") { $0.discordant }, .bool("hasDiscordant") { !$0.discordant.isEmpty },
        .list("tied") { $0.tied }, .bool("hasTied") { !$0.tied.isEmpty },
        .list("tensions") { $0.tensions }, .bool("hasTensions") { !$0.tensions.isEmpty },
        .model("evidence") { $0.evidence }, .text("notes") { $0.notes },
    ])
}

/// A pair the author states: one option above another, with the author's qualification and the passages.
struct StatedPairPiece: TemplateModel {
    var higher: OptionLink
    var lower: OptionLink
    var note: String?
    var evidence: Evidence

    static let schema = ModelSchema<StatedPairPiece>("StatedPair", [
        .model("higher") { $0.higher }, .model("lower") { $0.lower }, .text("note") { $0.note ?? "" }, .bool("hasNote") { $0.note != nil },
        .model("evidence") { $0.evidence },
    ])
}

/// An option in the author's ranking, with what the assessments give it.
struct StatedRow: TemplateModel {
    var option: OptionLink
    var position: Int?
    var computed: String
    /// The author ties it with the row before or after.
    var isTied = false

    static let schema = ModelSchema<StatedRow>("StatedRow", OptionLink.fields.through { $0.option } + [
        Field("position", kind: .scalar) { $0.position.map { .int($0) } ?? .null }, .text("computed") { $0.computed },
        .bool("isTied") { $0.isTied },
    ])
}

struct OptionPair: TemplateModel, InlineListItem {
    var higher: OptionLink
    var lower: OptionLink
    var separator = ""

    static let schema = ModelSchema<OptionPair>("OptionPair", [
        .model("higher") { $0.higher }, .model("lower") { $0.lower }, .text("separator") { $0.separator },
    ])
}

struct TensionEntry: TemplateModel {
    var kind: String
    var summary: String
    var options: [OptionLink]
    var criteria: [CriterionLink]

    static let schema = ModelSchema<TensionEntry>("Tension", [
        .text("kind") { $0.kind }, .text("summary") { $0.summary }, .list("options") { $0.options }, .list("criteria") { $0.criteria },
    ])
}
