/// Which claims to show: those with a kind, those with a verdict, those waiting for a re-check, each optional. The
/// one filter of `claimcheck list` and the REPL's `list`.
public struct ClaimFilter: Sendable, Equatable {
    /// Only claims that have this kind among their kinds.
    public var kind: ClaimKind?
    /// Only claims whose verdict has this label.
    public var verdict: VerdictLabel?
    /// Only claims whose verdict waits for a re-check (`Claim.needsRecheck`).
    public var recheck: Bool
    /// Only claims with an unresolved dispute (`Claim.dispute`).
    public var disputed: Bool

    /// A filter on `kind`, `verdict`, `recheck` and `disputed`; nil (false) lets every claim through on that count.
    public init(
        kind: ClaimKind? = nil, verdict: VerdictLabel? = nil, recheck: Bool = false, disputed: Bool = false
    ) {
        self.kind = kind
        self.verdict = verdict
        self.recheck = recheck
        self.disputed = disputed
    }

    /// Whether `claim` passes.
    public func matches(_ claim: Claim) -> Bool {
        (kind.map { claim.kinds.contains($0) } ?? true) && (verdict.map { claim.verdict.label == $0 } ?? true)
            && (!recheck || claim.needsRecheck)
            && (!disputed || claim.isDisputed)
    }

    /// The claims that pass, in their order.
    public func apply(_ claims: [Claim]) -> [Claim] {
        claims.filter(matches)
    }
}
