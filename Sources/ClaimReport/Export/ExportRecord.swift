import ClaimCore
import Foundation

/// The flat view of one claim that the JSONL and CSV exports share.
struct ExportRecord {
    static let columns = [
        "document", "id", "ordinal", "text", "kinds", "verdict", "rating_value", "verdict_note",
        "reviewer", "reviewed_at", "speakers", "evidence_urls", "evidence_stances", "orphaned", "recheck", "review_url",
    ]

    let claim: Claim
    let reviewURL: String

    var speakers: [String] { claim.facts.compactMap { $0.kind == .attribution ? $0.speaker : nil } }

    /// Cells in the order of `columns`: strings are text, Ints and Bools are values.
    var cells: [Any] {
        [
            claim.document, claim.id, claim.ordinal, claim.text, claim.kinds.map(\.rawValue).joined(separator: " "),
            claim.verdict.label.rawValue, claim.verdict.label.ratingValue.map { $0 as Any } ?? "",
            claim.verdict.note, claim.verdict.reviewer ?? "", claim.verdict.at ?? "", speakers.joined(separator: "; "),
            claim.evidence.map(\.url).joined(separator: " "),
            claim.evidence.map(\.stance.rawValue).joined(separator: " "),
            claim.isOrphaned, claim.needsRecheck ? claim.recheck?.reason ?? "" : "", reviewURL,
        ]
    }

    /// A value, or JSON null.
    func orNull<T>(_ value: T?) -> Any { value.map { $0 as Any } ?? NSNull() }

    /// The JSONL object: the same fields with lists as arrays, plus the ClaimReview when there is one.
    func json(review: [String: Any]?) -> [String: Any] {
        [
            "document": claim.document, "id": claim.id, "ordinal": claim.ordinal, "text": claim.text,
            "kinds": claim.kinds.map(\.rawValue), "verdict": claim.verdict.label.rawValue,
            "ratingValue": orNull(claim.verdict.label.ratingValue),
            "verdictNote": claim.verdict.note, "reviewer": orNull(claim.verdict.reviewer),
            "reviewedAt": orNull(claim.verdict.at), "speakers": speakers,
            "evidence": claim.evidence.map {
                [
                    "url": $0.url, "stance": $0.stance.rawValue, "status": orNull($0.status),
                    "snapshot": orNull($0.snapshot),
                ] as [String: Any]
            },
            "orphaned": claim.isOrphaned, "reviewURL": reviewURL,
            // Why the verdict waits for a re-check after an edit; null when it stands.
            "recheck": claim.needsRecheck ? orNull(claim.recheck?.reason) : NSNull(),
            "claimReview": orNull(review),
        ]
    }
}
