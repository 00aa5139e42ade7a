/// The claim a re-extraction replaced by this one (`"previous": {"id", "text", "at"}` of docs/DESIGN.md): the
/// sentence was edited, so the id changed, and the verdict, note, evidence and history came along.
public struct PreviousClaim: Codable, Hashable, Sendable {
    /// The id the claim had before its sentence changed.
    public var id: String
    /// The sentence as it read before.
    public var text: String
    /// When the re-extraction found the change (ISO 8601 UTC).
    public var at: String

    /// The predecessor `id` with its `text`, replaced at `at`.
    public init(id: String, text: String, at: String) {
        self.id = id
        self.text = text
        self.at = at
    }
}

/// Why a reviewed claim must be looked at again (`"recheck": {"reason", "since"}` of docs/DESIGN.md): a
/// re-extraction changed the facts behind its verdict. Until a reviewer sets a verdict (which clears it) the claim
/// counts as not reviewed.
public struct Recheck: Codable, Hashable, Sendable {
    /// What changed, in words: "quantity 40 → 45 people".
    public var reason: String
    /// Since when (ISO 8601 UTC), when known.
    public var since: String?

    /// A pending re-check for `reason` since `since`.
    public init(reason: String, since: String? = nil) {
        self.reason = reason
        self.since = since
    }
}
