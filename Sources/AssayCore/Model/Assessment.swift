/// How one option fares on one criterion, and why.
public struct Assessment: Sendable, Identifiable, Equatable {
    public enum Judgement: Sendable, Hashable {
        /// A level of a preference's scale, by id.
        case level(String)
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

    public init(id: AssessmentID, optionID: OptionID, criterionID: CriterionID, judgement: Judgement, confidence: Confidence,
                rationale: String, citations: [Citation], isInference: Bool = false, location: SourceLocation,
                optionLocation: SourceLocation? = nil, criterionLocation: SourceLocation? = nil,
                judgementLocation: SourceLocation? = nil) {
        self.id = id
        self.optionID = optionID
        self.criterionID = criterionID
        self.judgement = judgement
        self.confidence = confidence
        self.rationale = rationale
        self.citations = citations
        self.isInference = isInference
        self.location = location
        self.optionLocation = optionLocation ?? location
        self.criterionLocation = criterionLocation ?? location
        self.judgementLocation = judgementLocation ?? location
    }
}
