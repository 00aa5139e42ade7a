import ClaimCore

/// The stacked verdict bar of the report and the index, drawn from the one `VerdictTally` of ClaimCore.
extension VerdictTally {
    /// Rows for the templates: label, name, count, and the segment of a stacked bar 1000 units wide.
    func rows() -> [[String: Any]] {
        var x = 0.0
        let total = Double(max(self.total, 1))
        var segments = present.map { ($0.rawValue, $0.displayName, count($0)) }
        if recheck > 0 { segments.append((ClaimCard.recheckClass, "To re-check", recheck)) }
        return segments.map { label, name, count in
            let width = Double(count) / total * 1000
            defer { x += width }
            return [
                "label": label, "name": name, "count": count, "x": Self.svgNumber(x), "width": Self.svgNumber(width),
            ]
        }
    }

    /// A coordinate with at most two decimals and none when whole.
    static func svgNumber(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
