/// How a piece of evidence bears on a claim.
public enum Stance: String, Codable, CaseIterable, Sendable {
    case supports, refutes, context
}

/// A number in a source that sits near the claim's noun but has a different value:
/// the source says "98 members" where the claim says "89 members".
public struct NumberDiscrepancy: Codable, Hashable, Sendable {
    /// The claim's figure as written in the claim ("89").
    public var claimed: String
    /// The source's figure as written in the source ("98").
    public var found: String
    /// The noun both figures count ("members").
    public var noun: String
    /// A short excerpt of the source around the differing figure.
    public var context: String

    /// A discrepancy between the claim's `claimed` and the source's `found` figures of `noun`.
    public init(claimed: String, found: String, noun: String, context: String) {
        self.claimed = claimed
        self.found = found
        self.noun = noun
        self.context = context
    }
}

/// One passage of a source ranked against a claim.
public struct EvidenceMatch: Codable, Hashable, Sendable {
    /// The passage's text.
    public var passage: String
    /// How well the passage matches the claim, higher is better.
    public var score: Double
    /// The claim's numbers found in this passage, as the claim writes them.
    public var numbers: [String]
    /// The claim's numbers not found in this passage.
    public var missingNumbers: [String]?
    /// Whether the claim's quoted words occur (near-)verbatim in the passage; nil when the claim quotes nothing.
    public var quoteFound: Bool?
    /// Figures near the claim's nouns whose values differ from the claim's; nil when none.
    public var discrepancies: [NumberDiscrepancy]?
    /// The page of the source the passage is on (from 1), for a paged source such as a PDF.
    public var page: Int?

    /// A ranked passage with what was found in it.
    public init(
        passage: String, score: Double, numbers: [String], missingNumbers: [String]? = nil,
        quoteFound: Bool? = nil, discrepancies: [NumberDiscrepancy]? = nil, page: Int? = nil
    ) {
        self.passage = passage
        self.score = score
        self.numbers = numbers
        self.missingNumbers = missingNumbers
        self.quoteFound = quoteFound
        self.discrepancies = discrepancies
        self.page = page
    }
}

/// A link a reviewer attached to a claim, with what the last fetch of it found.
public struct Evidence: Codable, Hashable, Sendable {
    /// The link, as the reviewer gave it.
    public var url: String
    /// Whether the source supports or refutes the claim, or gives context.
    public var stance: Stance
    /// The reviewer's note on the link.
    public var note: String
    /// Who attached the link.
    public var addedBy: String
    /// When the link was attached (ISO 8601 UTC).
    public var addedAt: String
    /// sha256 of the last fetched body (the file name under `claims/<doc>/sources/`), nil if never fetched.
    public var snapshot: String?
    /// HTTP status of the last fetch; nil if it never got an answer.
    public var status: Int?
    /// When the current snapshot was fetched (ISO 8601 UTC); nil if never fetched.
    public var fetchedAt: String?
    /// When a fetch last tried this link (ISO 8601), whatever it found — new content, the same content or a
    /// failure: how fresh the evidence is. Nil when no `fetch` has checked it since this field exists.
    public var checkedAt: String?
    /// The page's title, when the fetch found one.
    public var title: String?
    /// Why the last fetch failed, in words a person understands; nil after a successful fetch.
    public var fetchError: String?
    /// Earlier snapshots of this URL whose content differed from the current one, oldest first.
    public var previousSnapshots: [String]?
    /// The source's passages best matching the claim, best first.
    public var matches: [EvidenceMatch]

    /// Evidence with all its fields; new evidence is unfetched.
    public init(
        url: String, stance: Stance, note: String = "", addedBy: String, addedAt: String,
        snapshot: String? = nil, status: Int? = nil, fetchedAt: String? = nil, title: String? = nil,
        fetchError: String? = nil, previousSnapshots: [String]? = nil, matches: [EvidenceMatch] = [],
        checkedAt: String? = nil
    ) {
        self.url = url
        self.stance = stance
        self.note = note
        self.addedBy = addedBy
        self.addedAt = addedAt
        self.snapshot = snapshot
        self.status = status
        self.fetchedAt = fetchedAt
        self.title = title
        self.fetchError = fetchError
        self.previousSnapshots = previousSnapshots
        self.matches = matches
        self.checkedAt = checkedAt
    }

    /// Writes `snapshot` as `null` when never fetched and leaves out the other optional fields when nil.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(stance, forKey: .stance)
        try c.encode(note, forKey: .note)
        try c.encode(addedBy, forKey: .addedBy)
        try c.encode(addedAt, forKey: .addedAt)
        try c.encode(snapshot, forKey: .snapshot)  // null when never fetched, as docs/DESIGN.md shows
        try c.encodeIfPresent(status, forKey: .status)
        try c.encodeIfPresent(fetchedAt, forKey: .fetchedAt)
        try c.encodeIfPresent(checkedAt, forKey: .checkedAt)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(fetchError, forKey: .fetchError)
        try c.encodeIfPresent(previousSnapshots, forKey: .previousSnapshots)
        try c.encode(matches, forKey: .matches)
    }
}
