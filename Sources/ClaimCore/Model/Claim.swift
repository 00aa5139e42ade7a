/// One checkable statement of an article: the unit a reviewer gives a verdict to, stored as
/// `claims/<doc>/<id>.json` in the format of docs/DESIGN.md.
public struct Claim: Codable, Hashable, Sendable, Identifiable {
    /// Stable id: a short hash of the normalised sentence (see `ClaimIdentity`).
    public var id: String
    public var document: String
    /// 1-based position in the article.
    public var ordinal: Int
    public var text: String
    public var span: Span
    public var kinds: [ClaimKind]
    /// 0…1: how much there is to check (see `Checkworthiness`).
    public var checkworthiness: Double
    public var facts: [Fact]
    public var verdict: Verdict
    public var evidence: [Evidence]
    public var history: [HistoryEntry]
    /// Grows by one on every write; a write whose base revision is stale is refused.
    public var revision: Int
    /// True when re-extraction no longer finds this reviewed claim's sentence.
    public var orphaned: Bool?
    /// True when a reviewer made this claim by hand from the article's text.
    public var manual: Bool?

    public init(id: String, document: String, ordinal: Int, text: String, span: Span, kinds: [ClaimKind],
                checkworthiness: Double, facts: [Fact], verdict: Verdict = .unreviewed, evidence: [Evidence] = [],
                history: [HistoryEntry] = [], revision: Int = 0, orphaned: Bool? = nil, manual: Bool? = nil) {
        self.id = id
        self.document = document
        self.ordinal = ordinal
        self.text = text
        self.span = span
        self.kinds = kinds
        self.checkworthiness = checkworthiness
        self.facts = facts
        self.verdict = verdict
        self.evidence = evidence
        self.history = history
        self.revision = revision
        self.orphaned = orphaned
        self.manual = manual
    }

    /// Whether a person has done anything with this claim that re-extraction must never throw away.
    public var isReviewed: Bool {
        verdict.label != .unreviewed || !verdict.note.isEmpty || !evidence.isEmpty || manual == true
            || history.contains { !$0.action.isExtraction }
    }

    public var isOrphaned: Bool { orphaned == true }
}
