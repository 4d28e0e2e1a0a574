import Testing
@testable import AssayCore

/// Hand-built pairs of revisions, one kind of change each, with the exact changes and sentences.
@Suite struct RevisionDiffTests {
    typealias Place = Revision.ActorConclusions.Place
    static let titles = ["a": "Council", "o1": "North", "o2": "Mill", "o3": "Old town", "p": "Cost", "q": "Traffic", "r": "Old quarter"]

    /// Actor `a` with preferences p, q and red line r; o1 ahead of o2, o3 vetoed by r.
    static func revision(date: String? = "2026-10-01", article: String = "A", weights: [CriterionID: Double] = ["p": 2, "q": 1],
                         ranked: [Place] = [Place(option: "o1", rank: 1, score: 0.67), Place(option: "o2", rank: 2, score: 0.43)],
                         incomplete: [OptionID] = [], vetoed: [Revision.ActorConclusions.Veto] = [.init(option: "o3", redLines: ["r"])],
                         tensions: [Revision.TensionRecord] = [], expectations: [String]? = [],
                         judgements: [String: String] = ["o1--p": "good", "o1--q": "bad", "o2--p": "mid", "o2--q": "mid", "o3--r": "crosses"],
                         passages: [Revision.PassageRecord] = [.init(id: "p-1", text: "the north site", citedBy: ["assessment:o1--p"])]) -> Revision {
        let actor = Revision.ActorConclusions(actor: "a", weights: weights, redLines: ["r"],
                                              verdicts: .init(ranked: ranked, incomplete: incomplete, vetoed: vetoed))
        let assessments = judgements.sorted { $0.key < $1.key }.map { key, value in
            let ids = key.components(separatedBy: "--")
            return Revision.AssessmentRecord(option: OptionID(ids[0]), criterion: CriterionID(ids[1]), judgement: value, confidence: "high")
        }
        return Revision(date: date, note: nil, article: article,
                        conclusions: .init(actors: [actor], tensions: tensions, expectations: expectations),
                        grounds: .init(assessments: assessments, passages: passages), names: .init(titles: titles))
    }

    static func sentences(_ old: Revision, _ new: Revision) -> [String] {
        RevisionDiff.between(old, new).text { titles[$0] ?? $0 }
    }

    @Test func theSameConclusionsAreNoChange() {
        #expect(RevisionDiff.between(Self.revision(), Self.revision(date: "2026-11-29")).isEmpty)
    }

    @Test func anOptionMovesBecauseItsAssessmentChanged() {
        let new = Self.revision(ranked: [Place(option: "o2", rank: 1, score: 0.83), Place(option: "o1", rank: 2, score: 0.67)],
                                judgements: ["o1--p": "good", "o1--q": "bad", "o2--p": "good", "o2--q": "mid", "o3--r": "crosses"])
        let changes = RevisionDiff.between(Self.revision(), new)
        #expect(changes.moved.map { "\($0.option) \($0.from)→\($0.to)" } == ["o1 1→2", "o2 2→1"])
        #expect(changes.assessments == [.init(option: "o2", criterion: "p", old: "mid", new: "good")])
        #expect(Self.sentences(Self.revision(), new) == [
            "Council: North moved from 1st to 2nd (as other options changed).",
            "Council: Mill moved from 2nd to 1st (score 0.43 → 0.83) because its assessment on Cost changed from 'mid' to 'good'.",
        ])
        #expect(changes.optionsConcerned == ["o1", "o2"])
    }

    @Test func aWeightChangeExplainsEveryMove() {
        let new = Self.revision(weights: ["p": 1, "q": 4], ranked: [Place(option: "o2", rank: 1, score: 0.5), Place(option: "o1", rank: 2, score: 0.2)])
        #expect(Self.sentences(Self.revision(), new) == [
            "Council: North moved from 1st to 2nd (score 0.67 → 0.20) because the weight of Cost changed from '2' to '1' and the weight of Traffic changed from '1' to '4'.",
            "Council: Mill moved from 2nd to 1st (score 0.43 → 0.50) because the weight of Cost changed from '2' to '1' and the weight of Traffic changed from '1' to '4'.",
        ])
    }

    @Test func vetoesAreAddedAndLifted() {
        let new = Self.revision(ranked: [Place(option: "o3", rank: 1, score: 0.9)],
                                vetoed: [.init(option: "o1", redLines: ["r"]), .init(option: "o2", redLines: ["r"])],
                                judgements: ["o1--p": "good", "o1--q": "bad", "o1--r": "crosses", "o2--p": "mid", "o2--q": "mid", "o2--r": "crosses",
                                             "o3--r": "does not cross"])
        let changes = RevisionDiff.between(Self.revision(), new)
        #expect(changes.vetoes.map { "\($0.option) \($0.added)" } == ["o1 true", "o2 true", "o3 false"])
        #expect(Self.sentences(Self.revision(), new) == [
            "Council now vetoes North for crossing Old quarter because its assessment on Old quarter changed from none to 'crosses'.",
            "Council now vetoes Mill for crossing Old quarter because its assessment on Old quarter changed from none to 'crosses'.",
            "Council no longer vetoes Old town, which crossed Old quarter because its assessment on Old quarter changed from 'crosses' to 'does not cross'; it now ranks 1st.",
        ])
    }

    @Test func tensionsAppearAndDisappear() {
        let tension = Revision.TensionRecord(actor: "a", kind: "discordant-pair", options: ["o1", "o2"], summary: "The author puts Mill above North.")
        #expect(Self.sentences(Self.revision(), Self.revision(tensions: [tension])) == ["New tension for Council about North and Mill: The author puts Mill above North."])
        #expect(Self.sentences(Self.revision(tensions: [tension]), Self.revision()) == ["Tension resolved for Council about North and Mill: The author puts Mill above North."])
    }

    @Test func quotesPassagesAndTheArticle() {
        let old = Self.revision(passages: [.init(id: "p-1", text: "the north site", citedBy: ["assessment:o1--p"]),
                                           .init(id: "p-2", text: "by the mill", citedBy: ["option:o2"])])
        let new = Self.revision(article: "B", passages: [.init(id: "p-3", text: "the northern site", citedBy: ["assessment:o1--p"]),
                                                         .init(id: "p-4", text: "traffic halves", citedBy: ["criterion:q"])])
        let changes = RevisionDiff.between(old, new)
        #expect(changes.articleChanged)
        #expect(changes.quotesChanged == [.init(citer: "assessment:o1--p", old: "the north site", new: "the northern site")])
        #expect(changes.passagesCited == ["traffic halves"])
        #expect(changes.passagesDropped == ["by the mill"])
        #expect(Self.sentences(old, new) == [
            "The article's text changed.",
            "A quote of the assessment of North on Cost changed with the article: “the north site” became “the northern site”",
            "Newly cited: “traffic halves”",
            "No longer cited: “by the mill”",
        ])
    }

    @Test func expectationsAndAnOptionThatCannotBeScored() {
        let new = Self.revision(ranked: [Place(option: "o1", rank: 1, score: 0.67)], incomplete: ["o2"], expectations: ["'o1' ranks first for 'a'"],
                                judgements: ["o1--p": "good", "o1--q": "bad", "o2--p": "mid", "o3--r": "crosses"])
        #expect(Self.sentences(Self.revision(), new) == [
            "Council: Mill moved from 2nd to not scored because its assessment on Traffic changed from 'mid' to none.",
            "New expectation: 'o1' ranks first for 'a'.",
        ])
        // A report.json knows no expectations: none are said to be dropped.
        #expect(RevisionDiff.between(Self.revision(expectations: ["x"]), Self.revision(expectations: nil)).isEmpty)
    }

    @Test func aLevelsValueIsACause() {
        // Mill's cost level "mid" is worth more now: it moves, and says why.
        var old = Self.revision(), new = Self.revision(ranked: [Place(option: "o2", rank: 1, score: 0.8), Place(option: "o1", rank: 2, score: 0.67)])
        old.levels = ["p": ["bad": 0, "mid": 0.5, "good": 1], "q": ["bad": 0, "mid": 0.5, "good": 1]]
        new.levels = ["p": ["bad": 0, "mid": 0.95, "good": 1], "q": ["bad": 0, "mid": 0.5, "good": 1]]
        #expect(Self.sentences(old, new) == [
            "Council: North moved from 1st to 2nd (as other options changed).",
            "Council: Mill moved from 2nd to 1st (score 0.43 → 0.80) because the value of its level 'mid' on Cost changed from '0.5' to '0.95'.",
        ])
    }

    @Test func aVetoForAnotherRedLineIsOneChange() {
        var old = Self.revision(), new = Self.revision(vetoed: [.init(option: "o3", redLines: ["s"])])
        old.actors[0].redLines = ["r", "s"]
        new.actors[0].redLines = ["r", "s"]
        #expect(Self.sentences(old, new) == ["Council now vetoes Old town for crossing s instead of Old quarter."])
    }

    @Test func aWeightChangeNoMoveExplainsIsStillSaid() {
        // Another actor's weight changed while Council's options moved for their own reasons.
        var old = Self.revision(), new = Self.revision(ranked: [Place(option: "o2", rank: 1, score: 0.83), Place(option: "o1", rank: 2, score: 0.67)],
                                                   judgements: ["o1--p": "good", "o1--q": "bad", "o2--p": "good", "o2--q": "mid", "o3--r": "crosses"])
        let other = Revision.ActorConclusions(actor: "b", weights: ["t": 3], redLines: [], verdicts: .init(ranked: []))
        old.actors.append(other)
        new.actors.append(Revision.ActorConclusions(actor: "b", weights: ["t": 2.5], redLines: [], verdicts: .init(ranked: [])))
        #expect(Self.sentences(old, new).last == "b: the weight of t changed from '3' to '2.5'.")
    }

    /// A re-reading that keeps every rank: the judgement is said with its labels and whether it is worth more or less,
    /// the confidence change with it, the score that fell, and how sure the first place is now.
    @Test func whatMovesWithoutAChangeOfRank() {
        var old = Self.revision(ranked: [Place(option: "o1", rank: 1, score: 0.73, firstShare: 0.93), Place(option: "o2", rank: 2, score: 0.43, firstShare: 0.07)])
        var new = Self.revision(ranked: [Place(option: "o1", rank: 1, score: 0.66, firstShare: 0.72), Place(option: "o2", rank: 2, score: 0.43, firstShare: 0.28)],
                                judgements: ["o1--p": "mid", "o1--q": "bad", "o2--p": "mid", "o2--q": "mid", "o3--r": "crosses"])
        old.levels = ["p": ["bad": 0, "mid": 0.5, "good": 1]]
        new.levels = old.levels
        new.levelLabels = ["p": ["mid": "Moderate cost", "good": "Low cost"]]
        old.levelLabels = new.levelLabels
        new.assessments[1].confidence = "low"   // o1--q: only its confidence changes
        let changes = RevisionDiff.between(old, new)
        #expect(changes.moved.isEmpty)
        #expect(changes.scores == [.init(actor: "a", option: "o1", old: 0.73, new: 0.66)])
        #expect(changes.firstShares == [.init(actor: "a", option: "o1", old: 0.93, new: 0.72, wasFirst: true)])
        #expect(changes.assessments.map(\.direction) == ["worse", nil])
        #expect(Self.sentences(old, new) == [
            "Council: North's score fell from 0.73 to 0.66.",
            "Council: North's lead narrowed: 93% → 72% of draws.",
            "The assessment of North on Cost changed from 'Low cost' to 'Moderate cost' (worse).",
            "The confidence of the assessment of North on Traffic changed from 'high' to 'low'.",
        ])
    }

    @Test func aStabilityBandThatNarrowsOrOpens() {
        var old = Self.revision(), new = Self.revision()
        old.actors[0].stability = ["p": .init(lower: 0.1, upper: 0.6), "q": .init(lower: 0.4, upper: 0.9)]
        new.actors[0].stability = ["p": .init(lower: 0.2, upper: 0.45), "q": .init(lower: 0, upper: 1)]
        #expect(Self.sentences(old, new) == [
            "Council: the ranking now holds while the weight of Cost is 20–45% of the total (before: 10–60% of the total weight); less room before it changes.",
            "Council: the ranking now holds whatever the weight of Traffic (before: 40–90% of the total weight).",
        ])
        // A revision recorded before bands were kept says nothing about them.
        old.actors[0].stability = nil
        #expect(RevisionDiff.between(old, new).isEmpty)
    }

    @Test func aWeightChangeSaysAFewScoresAndCountsTheRest() {
        let many = (1...12).map { Place(option: "x\($0)", rank: $0, score: 1 - Double($0) / 100) }
        let old = Self.revision(ranked: many)
        let new = Self.revision(weights: ["p": 3, "q": 1], ranked: many.map { Place(option: $0.option, rank: $0.rank, score: $0.score! - 0.05) })
        let lines = Self.sentences(old, new)
        #expect(lines.filter { $0.contains("'s score fell") }.count == 8)
        #expect(lines.contains("Council: the scores of 4 other options moved too."))
        #expect(RevisionDiff.between(old, new).scores.count == 12, "the data keeps every one")
    }

    @Test func aRevisionFileReadsBackAsWritten() throws {
        let revision = Self.revision(expectations: ["'o1' ranks first for 'a'"])
        let bytes = revision.fileBytes()
        #expect(try Revision.read(bytes).get() == revision)
        #expect(revision.fileBytes() == bytes, "the same conclusions give the same bytes")
        guard case .failure(let problem) = Revision.read(Array("{\"date\": \"2026-10-01\"}".utf8)) else {
            Issue.record("an incomplete revision was read")
            return
        }
        #expect(problem.message == "the file is not a revision: 'article' is missing")
    }

    /// A report.json from a build before the shape grew: said so, with what to do, not read half.
    @Test func aReportJSONOfAnOlderShapeIsRefusedWithWhatToDo() {
        let older = #"{"schemaVersion": 1, "source": {"title": "T", "author": "A", "body": "x"}, "actors": []}"#
        guard case .failure(let problem) = Revision.read(Array(older.utf8)) else {
            Issue.record("a report.json without this version's keys was read")
            return
        }
        #expect(problem.message == "the report.json does not have this version's shape: 'authors' is missing at source")
        #expect(problem.hint.contains("build that report again with this version"))
    }

    @Test(arguments: [("2026-02-28", true), ("2024-02-29", true), ("2025-02-29", false), ("2026-13-01", false), ("2026-1-01", false), ("yesterday", false)])
    func datesAreCalendarDays(_ text: String, _ valid: Bool) {
        #expect(RevisionDate.isValid(text) == valid)
    }
}
