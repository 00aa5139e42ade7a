/// When a document's article changed compared with when its claims were reviewed: the revisions that came after
/// the first verdict ("this article changed after review").
public enum ReviewTimeline {
    /// The time of the first verdict given to any of `claims` (ISO 8601 UTC), or nil when none was.
    public static func firstVerdict(_ claims: [Claim]) -> String? {
        var first: String? = nil
        for claim in claims {
            for entry in claim.history where entry.action == .verdict {
                if first.map({ entry.at < $0 }) ?? true { first = entry.at }
            }
        }
        return first
    }

    /// The revisions of `info` stored after the first verdict on `claims` (never the first revision): empty when the
    /// article did not change after review.
    public static func changesAfterReview(_ info: DocumentInfo, claims: [Claim]) -> [ArticleRevision] {
        guard let revisions = info.revisions, revisions.count > 1, let first = firstVerdict(claims) else { return [] }
        return revisions.dropFirst().filter { $0.fetchedAt > first }
    }
}
