/// How many claims carry each verdict label (orphaned claims are not counted).
public struct VerdictTally: Sendable, Equatable {
    public private(set) var counts: [VerdictLabel: Int] = [:]

    public init(_ claims: [Claim]) {
        for claim in claims where !claim.isOrphaned { counts[claim.verdict.label, default: 0] += 1 }
    }

    public subscript(label: VerdictLabel) -> Int { counts[label] ?? 0 }

    public var total: Int { counts.values.reduce(0, +) }

    /// "3 true · 1 false · 17 unreviewed": non-zero labels in scale order.
    public var summary: String {
        let parts = VerdictLabel.allCases.compactMap { label in counts[label].map { "\($0) \(label.rawValue)" } }
        return parts.isEmpty ? "no claims" : parts.joined(separator: " · ")
    }
}
