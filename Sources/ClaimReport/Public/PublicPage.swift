import ClaimCore
import Foundation

/// The public fact-check page of one document (`report --public`, `report --bundle`): the claims with a rated
/// verdict, written for readers. Left out: unreviewed claims, "not a claim", claims no longer in the article,
/// disputed claims and claims waiting for a re-check; match scores, snapshot hashes, flags and every other
/// workbench detail. Evidence links to the original page and, when the bundle holds one, to its archived copy.
public struct PublicPage: Sendable {
    /// A verdict change after the page was first published, for the corrections log.
    public struct Correction: Sendable, Equatable {
        /// When the verdict changed.
        public var at: String
        /// Who changed it.
        public var by: String
        /// The claim's text.
        public var claim: String
        /// The verdict before and after.
        public var from: VerdictLabel
        /// The verdict after the change.
        public var to: VerdictLabel
    }

    /// The document, as loaded.
    public let document: LoadedDocument
    /// Organisation and time of generation.
    public let options: ReportOptions
    /// Relative links to archived copies, by snapshot sha256.
    public let archived: [String: String]
    /// When the page was first published (its corrections are the verdict changes after that).
    public let firstPublished: String

    /// The page for `document`, linking `archived` copies, first published at `firstPublished`.
    public init(document: LoadedDocument, options: ReportOptions, archived: [String: String], firstPublished: String) {
        self.document = document
        self.options = options
        self.archived = archived
        self.firstPublished = firstPublished
    }

    /// The claims a reader sees: a rated or "unverifiable" verdict, still in the article, not disputed, not waiting
    /// for a re-check after an edit changed its facts.
    public static func shows(_ claim: Claim) -> Bool {
        claim.verdict.label != .unreviewed && claim.verdict.label != .notAClaim && !claim.isOrphaned
            && !claim.isDisputed && !claim.needsRecheck
    }

    /// The claims shown, in article order.
    public var claims: [Claim] { document.claims.filter(Self.shows) }

    /// Verdict changes made after `firstPublished` on the claims shown, oldest first.
    public var corrections: [Correction] {
        var out: [Correction] = []
        for claim in claims {
            for entry in claim.history where entry.action == .verdict || entry.action == .resolve {
                guard entry.at > firstPublished, let from = entry.from.flatMap(VerdictLabel.init(rawValue:)),
                    let to = entry.to.flatMap(VerdictLabel.init(rawValue:)), from != to, from != .unreviewed
                else { continue }
                out.append(Correction(at: entry.at, by: entry.by, claim: claim.text, from: from, to: to))
            }
        }
        return out.sorted { $0.at < $1.at }
    }

    /// Where the page is published: the base URL of the bundle's folder (its `index.html`), else relative.
    var pageURL: String {
        guard let base = options.publicBaseURL, !base.isEmpty else { return "index.html" }
        return base.hasSuffix("/") ? base : base + "/"
    }

    /// The page's HTML: the page, then one ClaimReview JSON-LD block per claim shown.
    public func html() throws -> String {
        var out = HTMLWriter()
        out.render(TemplateLibrary.publicPage, context())
        let builder = ClaimReviewBuilder(
            info: document.info, pageURL: pageURL, organization: options.organization,
            fallbackDate: String((options.generatedAt ?? Timestamp.now()).prefix(10)))
        for claim in claims {
            if let review = builder.review(for: claim) {
                JSONLDMarkup.write(try ScriptSafeJSON.encode(review), to: &out)
            }
        }
        JSONLDMarkup.writeDocumentEnd(to: &out)
        return out.html
    }

    func context() -> [String: Any] {
        let info = document.info
        let title = DocumentViewModel.title(info, article: document.article)
        let shown = claims
        var counts: [VerdictLabel: Int] = [:]
        for claim in shown { counts[claim.verdict.label, default: 0] += 1 }
        let tally: [[String: Any]] = VerdictLabel.allCases.compactMap { label in
            guard let n = counts[label], n > 0 else { return nil }
            return ["label": label.rawValue, "name": label.displayName, "count": n]
        }
        let source = info.url.flatMap { WebLink.isSafeLink($0) ? $0 : nil }
        let reviewers = DocumentViewModel.reviewers(shown)
        let corrections = self.corrections.map { c -> [String: Any] in
            [
                "at": c.at, "claim": c.claim, "from": c.from.displayName.lowercased(),
                "to": c.to.displayName.lowercased(),
                "by": c.by, "hasBy": !c.by.isEmpty,
            ]
        }
        return [
            "pageTitle": title, "title": title, "organization": options.organization,
            "hasOrganization": !options.organization.isEmpty,
            "hasSource": source != nil, "sourceURL": source ?? "",
            "hasPublished": info.published != nil, "published": info.published ?? "",
            "reviewers": reviewers.isEmpty ? "—" : reviewers.joined(separator: ", "),
            "generatedAt": options.generatedAt ?? Timestamp.now(), "firstPublished": firstPublished,
            "ratedCount": shown.count, "claimNoun": shown.count == 1 ? "claim" : "claims", "tally": tally,
            "claims": shown.map(card), "hasCorrections": !corrections.isEmpty, "corrections": corrections,
        ]
    }

    private func card(_ claim: Claim) -> [String: Any] {
        let speaker = claim.facts.first { $0.kind == .attribution }?.speaker
        let note = claim.verdict.note.trimmingCharacters(in: .whitespacesAndNewlines)
        let evidence = claim.evidence.map { e -> [String: Any] in
            let archive = e.snapshot.flatMap { archived[$0] }
            return [
                "url": WebLink.isSafeLink(e.url) ? e.url : "", "linkText": e.title ?? e.url,
                "hasStance": true, "stance": e.stance.rawValue,
                "hasArchive": archive != nil, "archive": archive ?? "",
                "hasFetched": e.fetchedAt != nil, "fetched": e.fetchedAt ?? "",
            ]
        }
        return [
            "id": claim.id, "label": claim.verdict.label.rawValue, "verdict": claim.verdict.label.displayName,
            "headline": claim.text.count > 120 ? String(claim.text.prefix(117)) + "…" : claim.text,
            "text": claim.text, "hasSpeaker": speaker != nil, "speaker": speaker ?? "",
            "hasWhy": !note.isEmpty, "why": note, "hasEvidence": !evidence.isEmpty, "evidence": evidence,
        ]
    }
}
