/// Each reviewer's latest verdict on a claim, read from its history (`verdict` and `resolve` entries; a reset to
/// unreviewed withdraws that reviewer's rating). A verdict of record with no history entry counts for its reviewer.
public enum ReviewerRatings {
    /// Reviewer → the label they last gave `claim`.
    public static func latest(_ claim: Claim) -> [String: VerdictLabel] {
        var ratings: [String: VerdictLabel] = [:]
        for entry in claim.history where entry.action == .verdict || entry.action == .resolve {
            guard let label = entry.to.flatMap(VerdictLabel.init(rawValue:)) else { continue }
            ratings[entry.by] = label == .unreviewed ? nil : label
        }
        if claim.verdict.label != .unreviewed, let reviewer = claim.verdict.reviewer, ratings[reviewer] == nil,
            !claim.history.contains(where: { $0.by == reviewer && $0.action == .verdict })
        {
            ratings[reviewer] = claim.verdict.label
        }
        return ratings
    }

    /// Everyone who rated any of `claims`, in order of their first verdict.
    public static func reviewers(_ claims: [Claim]) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for claim in claims {
            for entry in claim.history where entry.action == .verdict || entry.action == .resolve {
                if seen.insert(entry.by).inserted { names.append(entry.by) }
            }
            if let reviewer = claim.verdict.reviewer, claim.verdict.label != .unreviewed,
                seen.insert(reviewer).inserted
            {
                names.append(reviewer)
            }
        }
        return names.filter { name in claims.contains { latest($0)[name] != nil } }
    }
}
