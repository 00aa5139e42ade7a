/// One entry of a claim's append-only history.
public struct HistoryEntry: Codable, Hashable, Sendable {
    public var at: String
    public var by: String
    /// What happened: extracted, reextracted, orphaned, verdict, note, evidence-add, evidence-remove,
    /// evidence-fetch, kinds, manual, undo.
    public var action: String
    public var from: String?
    public var to: String?

    public init(at: String, by: String, action: String, from: String? = nil, to: String? = nil) {
        self.at = at
        self.by = by
        self.action = action
        self.from = from
        self.to = to
    }
}
