import ClaimCore
import SourceFetch

/// `claimcheck evidence add|list|remove`: a claim's evidence links, through the `EvidenceDesk` the REPL uses too.
public struct EvidenceJob: Sendable {
    /// `evidence add`: the link to attach and why.
    public struct AddRequest: Sendable {
        /// The document's slug.
        public var document: String
        /// The claim's id.
        public var claim: String
        /// An http:// or https:// link.
        public var url: String
        /// Whether the link supports, refutes or gives context.
        public var stance: Stance
        /// Why this link matters.
        public var note: String
        /// Who adds it, for the claim's history.
        public var reviewer: String

        /// A request to attach `url` to claim `claim` of `document`.
        public init(document: String, claim: String, url: String, stance: Stance, note: String = "", reviewer: String) {
            self.document = document
            self.claim = claim
            self.url = url
            self.stance = stance
            self.note = note
            self.reviewer = reviewer
        }
    }

    /// The evidence use case shared with the REPL.
    public let desk: EvidenceDesk

    /// The evidence commands of `workspace`; `policy` bounds every fetch.
    public init(workspace: Workspace, policy: FetchPolicy = .default) {
        desk = EvidenceDesk(workspace: workspace, policy: policy)
    }

    /// Fetches, archives and matches the link, then attaches it; a failed fetch still saves the link
    /// (`outcome.fetched` is then false).
    public func add(_ request: AddRequest) throws -> EvidenceOutcome {
        try desk.attach(
            document: try Slug.validate(request.document), claimID: request.claim, url: request.url,
            stance: request.stance, note: request.note, by: request.reviewer)
    }

    /// The claim, for its evidence to be listed (`EvidenceText.lines(forEvidenceOf:)`).
    public func claim(document: String, id: String) throws -> Claim {
        try ClaimStore(workspace: desk.workspace).loadClaim(try Slug.validate(document), id: id)
    }

    /// Removes evidence number `number` (1-based, as listed) and returns the claim as saved.
    public func remove(document: String, claim: String, number: Int, reviewer: String) throws -> Claim {
        try desk.remove(document: try Slug.validate(document), claimID: claim, index: number, by: reviewer)
    }
}
