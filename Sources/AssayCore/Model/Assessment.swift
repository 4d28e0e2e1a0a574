/// How one option fares on one criterion, and why.
public struct Assessment: Sendable, Identifiable, Equatable {
    public enum Judgement: Sendable, Hashable {
        /// A level of a preference's scale, by id.
        case level(LevelID)
        /// Whether the option crosses a red line.
        case redLine(crosses: Bool)
    }

    public enum Confidence: String, Sendable, Codable, CaseIterable {
        case low, medium, high
    }

    public var id: AssessmentID
    public var optionID: OptionID
    public var criterionID: CriterionID
    public var judgement: Judgement
    public var confidence: Confidence
    public var rationale: String
    public var citations: [Citation]
    public var isInference: Bool
    public var location: SourceLocation
    public var optionLocation: SourceLocation
    public var criterionLocation: SourceLocation
    public var judgementLocation: SourceLocation

    /// The annotation's body is the rationale; its key locations `.option`, `.criterion` and `.judgement` locate
    /// errors about those.
    public init(id: AssessmentID, optionID: OptionID, criterionID: CriterionID, judgement: Judgement, confidence: Confidence,
                annotation: Annotation) {
        self.id = id
        self.optionID = optionID
        self.criterionID = criterionID
        self.judgement = judgement
        self.confidence = confidence
        self.rationale = annotation.body
        self.citations = annotation.citations
        self.isInference = annotation.isInference
        self.location = annotation.location
        self.optionLocation = annotation.location(of: .option)
        self.criterionLocation = annotation.location(of: .criterion)
        self.judgementLocation = annotation.location(of: .judgement)
    }
}
