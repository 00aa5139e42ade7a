import ClaimCore

/// The context of `IndexTemplate`: one row per document of the workspace.
struct IndexViewModel {
    struct Row {
        let slug: String
        let info: DocumentInfo?
        /// The document's page title (`DocumentViewModel.title`); the slug when it could not be loaded.
        var title: String? = nil
        let tally: VerdictTally
        /// Why the document could not be rendered; nil when its report was written.
        let error: String?
        /// The document's record fingerprint (its ledger's head), when it has one.
        var fingerprint: String? = nil
        /// Whether the article's text changed after its first verdict (`ReviewTimeline`).
        var changedAfterReview = false
    }

    let rows: [Row]
    let generatedAt: String

    func context() -> [String: Any] {
        [
            "pageTitle": "Verification reports",
            "generatedAt": generatedAt,
            "documentSummary": rows.count == 1 ? "1 document" : "\(rows.count) documents",
            "hasDocuments": !rows.isEmpty,
            "documents": rows.map { row -> [String: Any] in
                [
                    "docSlug": row.slug,
                    "docTitle": row.title ?? row.info.map { DocumentViewModel.title($0) } ?? row.slug,
                    "href": "\(row.slug).html",
                    "hasReport": row.error == nil,
                    "published": row.info?.published ?? "",
                    "hasPublished": row.info?.published != nil,
                    "claimCount": row.tally.total,
                    "reviewedCount": row.tally.reviewed,
                    "hasClaims": row.tally.total > 0,
                    "tally": row.tally.rows(),
                    "tallySummary": row.tally.summary,
                    "error": row.error ?? "",
                    "hasError": row.error != nil,
                    "fingerprint": row.fingerprint ?? "",
                    "hasFingerprint": row.fingerprint != nil,
                    "changedAfterReview": row.changedAfterReview,
                ]
            },
        ]
    }
}
