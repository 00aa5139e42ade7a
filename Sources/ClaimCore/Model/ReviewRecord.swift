/// One reviewer's verdict kept beside the verdict of record: a side of a `dispute` (a verdict changed on both
/// sides of a git merge) or a blind second review. Stored as `{"reviewer", "label", "note", "at"}`.
public struct ReviewRecord: Codable, Hashable, Sendable {
    /// Who gave the verdict.
    public var reviewer: String
    /// The label they chose.
    public var label: VerdictLabel
    /// Their note, verbatim.
    public var note: String
    /// When (ISO 8601 UTC).
    public var at: String

    /// A record with all its fields.
    public init(reviewer: String, label: VerdictLabel, note: String, at: String) {
        self.reviewer = reviewer
        self.label = label
        self.note = note
        self.at = at
    }

    /// The record of `verdict` (an unnamed reviewer is "unknown", an unknown time empty).
    public init(_ verdict: Verdict) {
        self.init(
            reviewer: verdict.reviewer ?? "unknown", label: verdict.label, note: verdict.note, at: verdict.at ?? "")
    }

    /// "alice: false", as history entries and summaries show it.
    public var summary: String { "\(reviewer): \(label.rawValue)" }
}
