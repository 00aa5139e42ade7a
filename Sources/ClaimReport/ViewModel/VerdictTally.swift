import ClaimCore

/// How many claims of a document carry each verdict, in the order of `VerdictLabel.allCases`.
public struct VerdictTally: Sendable, Equatable {
    public private(set) var counts: [VerdictLabel: Int] = [:]

    public init(_ claims: [Claim]) {
        for claim in claims { counts[claim.verdict.label, default: 0] += 1 }
    }

    public var total: Int { counts.values.reduce(0, +) }
    public var reviewed: Int { total - count(.unreviewed) }
    public func count(_ label: VerdictLabel) -> Int { counts[label] ?? 0 }

    /// Labels with at least one claim, in scale order.
    public var present: [VerdictLabel] { VerdictLabel.allCases.filter { count($0) > 0 } }

    /// Rows for the templates: label, name, count, and the segment of a stacked bar 1000 units wide.
    func rows() -> [[String: Any]] {
        var x = 0.0
        let total = Double(max(self.total, 1))
        return present.map { label in
            let width = Double(count(label)) / total * 1000
            defer { x += width }
            return ["label": label.rawValue, "name": label.displayName, "count": count(label),
                    "x": Self.svgNumber(x), "width": Self.svgNumber(width)]
        }
    }

    /// "12 true · 3 false · 5 unreviewed"
    public var summary: String {
        present.map { "\(count($0)) \($0.displayName.lowercased())" }.joined(separator: " · ")
    }

    static func svgNumber(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
