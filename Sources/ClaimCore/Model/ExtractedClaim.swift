/// What the extractor finds in one sentence, before the store gives it an id, an ordinal and a history.
public struct ExtractedClaim: Hashable, Sendable {
    /// The sentence as it appears in the article.
    public var text: String
    /// Where the sentence is in the article.
    public var span: Span
    /// What kinds of fact the sentence makes.
    public var kinds: [ClaimKind]
    /// 0…1: how much there is to check (see `Checkworthiness`).
    public var checkworthiness: Double
    /// The checkable pieces of the sentence.
    public var facts: [Fact]

    /// A claim found by the extractor, not yet stored.
    public init(text: String, span: Span, kinds: [ClaimKind], checkworthiness: Double, facts: [Fact]) {
        self.text = text
        self.span = span
        self.kinds = kinds
        self.checkworthiness = checkworthiness
        self.facts = facts
    }
}
