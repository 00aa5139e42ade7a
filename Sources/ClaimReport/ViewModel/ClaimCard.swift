import ClaimCore
import Foundation

/// What one claim card of the report shows, as plain strings decided here and written by
/// `ClaimCardMarkup`: the claim, its facts, the verdict and every evidence link with its matches.
struct ClaimCard {
    /// One evidence link of the card.
    struct EvidenceItem {
        /// How the cited URL is shown: as a link (http(s) only) or as inert text.
        enum Target {
            case link(href: String, text: String)
            case plain(url: String)
        }

        /// The archived copy of the fetched body under `claims/<doc>/sources/`.
        struct Snapshot {
            let href: String
            let short: String
        }

        /// A passage of the source that matched, with the claim's numbers marked.
        struct Match {
            let runs: [PassageMarker.Run]
            let score: String
            /// "p. 12" for a passage of a paged source (a PDF), else empty.
            let page: String
        }

        let stance: String
        let target: Target
        let meta: String
        let snapshot: Snapshot?
        let fetchError: String
        let note: String
        let matches: [Match]
    }

    let id: String
    let number: Int
    let text: String
    let verdictClass: String
    let verdictName: String
    let heading: String
    /// `reviewed` or `open`.
    let headingClass: String
    let verdictNote: String
    let byline: String
    let kinds: String
    let tags: [String]
    let facts: [(kind: String, summary: String)]
    let flags: [String]
    /// Whether the claim has a highlight in the article to link back to.
    let isPlaced: Bool
    let evidence: [EvidenceItem]

    init(claim: Claim, number: Int, isPlaced: Bool, documentSlug: String) {
        let verdict = claim.verdict
        let reviewed = verdict.label != .unreviewed && !claim.needsRecheck
        var heading = reviewed ? "Verdict: \(verdict.label.displayName)" : "Not reviewed yet"
        if let recheck = claim.recheck, claim.needsRecheck {
            // Not its old verdict's colour as if current: a badge of its own until a reviewer confirms it.
            heading =
                "Needs re-checking: \(recheck.reason) (the verdict was \(verdict.label.displayName) before the edit)"
        }
        if claim.evidence.isEmpty { heading += " · no evidence attached" }
        var tags: [String] = []
        if claim.isOrphaned { tags.append("no longer in the article") }
        if claim.manual == true { tags.append("added by a reviewer") }
        if claim.previous != nil { tags.append("edited after extraction") }
        if let dispute = claim.dispute, !dispute.isEmpty {
            tags.append(
                "disputed: " + dispute.map { "\($0.reviewer) says \($0.label.displayName)" }.joined(separator: ", "))
        }

        id = claim.id
        self.number = number
        text = claim.text
        verdictClass = claim.needsRecheck ? Self.recheckClass : verdict.label.rawValue
        verdictName = claim.needsRecheck ? Self.recheckName : verdict.label.displayName
        self.heading = heading
        headingClass = reviewed ? "reviewed" : "open"
        verdictNote = verdict.note
        byline = verdict.reviewer.flatMap { $0.isEmpty ? nil : "— \($0)" + (verdict.at.map { ", \($0)" } ?? "") } ?? ""
        kinds = claim.kinds.map(\.rawValue).joined(separator: ", ")
        self.tags = tags
        facts = claim.facts.map { ($0.kind.rawValue, $0.summary) }
        flags =
            ClaimFlags.flags(claim)
            + (claim.previous.map { ["Before the edit (\($0.at)) the sentence read: “\($0.text)”"] } ?? [])
        self.isPlaced = isPlaced
        evidence = claim.evidence.map { EvidenceItem($0, documentSlug: documentSlug) }
    }

    /// The class and badge of a claim whose verdict waits for a re-check (`Claim.needsRecheck`).
    static let recheckClass = "recheck"
    /// The badge text of such a claim.
    static let recheckName = "Re-check"

    static func isSHA256(_ s: String) -> Bool {
        s.utf8.count == 64 && s.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}

extension ClaimCard.EvidenceItem {
    init(_ e: Evidence, documentSlug: String) {
        var meta = ["added by \(e.addedBy)"]
        if let status = e.status { meta.append("HTTP \(status)") }
        if let fetched = e.fetchedAt { meta.append("fetched \(fetched)") }
        // How fresh the evidence is: the last `fetch` that tried the link, when later than the fetch shown.
        if let checked = e.checkedAt, checked != e.fetchedAt { meta.append("last checked \(checked)") }
        if e.status == nil, e.fetchError == nil, e.snapshot == nil { meta.append("not fetched yet") }
        let title = e.title.flatMap { $0.isEmpty ? nil : $0 }

        stance = e.stance.rawValue
        // Only http(s) becomes a link; anything else (javascript:, data:, file:) is shown as text.
        if let href = try? WebLink.validate(e.url) {
            target = .link(href: href, text: title ?? e.url)
        } else {
            target = .plain(url: e.url)
        }
        self.meta = meta.joined(separator: " · ")
        // A snapshot name that is not a SHA-256 (hand-edited: "../../etc/passwd") gets no link.
        snapshot = e.snapshot.flatMap { ClaimCard.isSHA256($0) ? $0 : nil }.map {
            Snapshot(href: "../claims/\(documentSlug)/sources/\($0).txt", short: String($0.prefix(12)))
        }
        fetchError = e.fetchError.flatMap { $0.isEmpty ? nil : "Fetch failed: \($0)" } ?? ""
        note = e.note
        matches = e.matches.map { match in
            Match(
                runs: PassageMarker.mark(match.passage, numbers: match.numbers),
                score: String(format: "%.2f", match.score),
                page: match.page.map { "p. \($0)" } ?? "")
        }
    }
}
