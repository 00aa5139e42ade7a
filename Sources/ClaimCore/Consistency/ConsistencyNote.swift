/// Something the extracted facts of a document prove about the article's own consistency, with no
/// outside source needed: two units of one distance that disagree, a weekday that does not fit its
/// date, one count given two ways. A note is a prompt for the reviewer, never a verdict.
public struct ConsistencyNote: Hashable, Sendable {
    /// What a note is about.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A distance given in two units whose values do not convert into each other.
        case unitMismatch = "unit-mismatch"
        /// A weekday written next to a date that falls on another weekday.
        case weekdayMismatch = "weekday-mismatch"
        /// The same noun counted with different exact numbers in two sentences.
        case countMismatch = "count-mismatch"
    }

    /// What the note is about.
    public var kind: Kind
    /// One sentence a reviewer reads: what disagrees with what.
    public var message: String
    /// The claims involved, in article order.
    public var claimIDs: [String]

    /// A note of `kind` about the claims `claimIDs`.
    public init(kind: Kind, message: String, claimIDs: [String]) {
        self.kind = kind
        self.message = message
        self.claimIDs = claimIDs
    }
}
