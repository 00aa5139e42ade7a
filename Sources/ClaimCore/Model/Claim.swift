/// One checkable statement of an article: the unit a reviewer gives a verdict to, stored as
/// `claims/<doc>/<id>.json` in the format of docs/DESIGN.md.
public struct Claim: Codable, Hashable, Sendable, Identifiable {
    /// Stable id: a short hash of the normalised sentence (see `ClaimIdentity`).
    public var id: String
    /// The slug of the document the claim belongs to.
    public var document: String
    /// 1-based position in the article.
    public var ordinal: Int
    /// The sentence as it appears in the article.
    public var text: String
    /// Where the sentence is in `article.txt`.
    public var span: Span
    /// What kinds of fact the claim makes, in `ClaimKind` order.
    public var kinds: [ClaimKind]
    /// 0…1: how much there is to check (see `Checkworthiness`).
    public var checkworthiness: Double
    /// The checkable pieces of the claim.
    public var facts: [Fact]
    /// The reviewer's verdict (unreviewed until one is given).
    public var verdict: Verdict
    /// The links attached as evidence, in the order they were added.
    public var evidence: [Evidence]
    /// Every change made to the claim, oldest first.
    public var history: [HistoryEntry]
    /// Grows by one on every write; a write whose base revision is stale is refused.
    public var revision: Int
    /// True when re-extraction no longer finds this reviewed claim's sentence.
    public var orphaned: Bool?
    /// True when a reviewer made this claim by hand from the article's text.
    public var manual: Bool?
    /// The verdicts two sides of a git merge set differently (`ClaimMerge`); nil when there is no dispute.
    /// The verdict of record stays the merge base's until a reviewer sets one, which clears the dispute.
    public var dispute: [ReviewRecord]?
    /// The claim this one replaced when its sentence was edited (absent otherwise).
    public var previous: PreviousClaim?
    /// A re-check a reviewer still owes the claim (its facts changed since the verdict); absent when none.
    public var recheck: Recheck?

    /// A claim with all its fields; a new claim is unreviewed, without evidence or history, at revision 0.
    public init(
        id: String, document: String, ordinal: Int, text: String, span: Span, kinds: [ClaimKind],
        checkworthiness: Double, facts: [Fact], verdict: Verdict = .unreviewed, evidence: [Evidence] = [],
        history: [HistoryEntry] = [], revision: Int = 0, orphaned: Bool? = nil, manual: Bool? = nil,
        dispute: [ReviewRecord]? = nil, previous: PreviousClaim? = nil, recheck: Recheck? = nil
    ) {
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
        self.dispute = dispute
        self.previous = previous
        self.recheck = recheck
    }

    /// Whether a person has done anything with this claim that re-extraction must never throw away.
    public var isReviewed: Bool {
        verdict.label != .unreviewed || !verdict.note.isEmpty || !evidence.isEmpty || manual == true
            || history.contains { !$0.action.isExtraction }
    }

    /// Whether the claim has an unresolved dispute (a verdict set differently on two sides of a merge).
    public var isDisputed: Bool { !(dispute ?? []).isEmpty }

    /// Whether re-extraction lost this claim's sentence (`orphaned` read as a Bool).
    public var isOrphaned: Bool { orphaned == true }

    /// Whether the claim is current and waits for a reviewer to confirm or change its verdict (`recheck` set):
    /// it counts as not reviewed until then.
    public var needsRecheck: Bool { recheck != nil && !isOrphaned }
}
