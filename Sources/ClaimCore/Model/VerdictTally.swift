/// How many of a document's claims carry each verdict: the one count that `list`, the REPL and the reports
/// show. Orphaned claims (reviewed claims whose sentence left the article) are not counted under their
/// verdict — they no longer describe the article — but apart, in `orphaned`.
public struct VerdictTally: Sendable, Equatable {
    /// Current (not orphaned) claims per verdict label.
    public private(set) var counts: [VerdictLabel: Int] = [:]
    /// Orphaned claims, whatever their verdict.
    public private(set) var orphaned = 0

    /// Counts `claims`: current ones under their verdict, orphaned ones apart.
    public init(_ claims: [Claim]) {
        for claim in claims {
            if claim.isOrphaned {
                orphaned += 1
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
    public var total: Int { counts.values.reduce(0, +) }

    /// Current claims with a verdict other than unreviewed.
    public var reviewed: Int { total - count(.unreviewed) }

    /// Labels with at least one current claim, in scale order.
    public var present: [VerdictLabel] { VerdictLabel.allCases.filter { count($0) > 0 } }

    /// "3 true · 1 mostly false · 17 unreviewed · 2 orphaned": non-zero labels in scale order, then the
    /// orphans; "no claims" when there is nothing to count.
    public var summary: String {
        var parts = present.map { "\(count($0)) \($0.displayName.lowercased())" }
        if orphaned > 0 { parts.append("\(orphaned) orphaned") }
        return parts.isEmpty ? "no claims" : parts.joined(separator: " · ")
    }
}
