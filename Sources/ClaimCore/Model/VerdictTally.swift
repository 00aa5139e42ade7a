/// How many of a document's claims carry each verdict: the one count that `list`, the REPL and the reports
/// show. Orphaned claims (reviewed claims whose sentence left the article) are not counted under their
/// verdict — they no longer describe the article — but apart, in `orphaned`. Claims waiting for a re-check (their
/// facts changed after the verdict, `Claim.needsRecheck`) count as not reviewed: apart, in `recheck`, not under
/// their old verdict.
public struct VerdictTally: Sendable, Equatable {
    /// Current (not orphaned) claims per verdict label, those waiting for a re-check left out.
    public private(set) var counts: [VerdictLabel: Int] = [:]
    /// Current claims whose verdict waits for a re-check, whatever their label.
    public private(set) var recheck = 0
    /// Orphaned claims, whatever their verdict.
    public private(set) var orphaned = 0

    /// Counts `claims`: current ones under their verdict, orphaned ones apart.
    public init(_ claims: [Claim]) {
        for claim in claims {
            if claim.isOrphaned {
                orphaned += 1
            } else if claim.needsRecheck {
                recheck += 1
            } else {
                counts[claim.verdict.label, default: 0] += 1
            }
        }
    }

    /// Current claims with `label`.
    public subscript(label: VerdictLabel) -> Int { counts[label] ?? 0 }

    /// Current claims with `label`.
    public func count(_ label: VerdictLabel) -> Int { counts[label] ?? 0 }

    /// Current claims (orphaned ones left out).
    public var total: Int { counts.values.reduce(0, +) + recheck }

    /// Current claims with a verdict other than unreviewed and no re-check pending.
    public var reviewed: Int { total - count(.unreviewed) - recheck }

    /// Labels with at least one current claim, in scale order.
    public var present: [VerdictLabel] { VerdictLabel.allCases.filter { count($0) > 0 } }

    /// "3 true · 1 mostly false · 17 unreviewed · 1 to re-check · 2 orphaned": non-zero labels in scale order,
    /// then the claims to re-check and the orphans; "no claims" when there is nothing to count.
    public var summary: String {
        var parts = present.map { "\(count($0)) \($0.displayName.lowercased())" }
        if recheck > 0 { parts.append("\(recheck) to re-check") }
        if orphaned > 0 { parts.append("\(orphaned) orphaned") }
        return parts.isEmpty ? "no claims" : parts.joined(separator: " · ")
    }
}
