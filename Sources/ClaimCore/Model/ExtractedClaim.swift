/// What the extractor finds in one sentence, before the store gives it an id, an ordinal and a history.
public struct ExtractedClaim: Hashable, Sendable {
    public var text: String
    public var span: Span
    public var kinds: [ClaimKind]
    public var checkworthiness: Double
    public var facts: [Fact]

    public init(text: String, span: Span, kinds: [ClaimKind], checkworthiness: Double, facts: [Fact]) {
        self.text = text
        self.span = span
        self.kinds = kinds
        self.checkworthiness = checkworthiness
        self.facts = facts
    }
}
