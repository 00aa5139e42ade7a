import ClaimCore
import Foundation

/// Builds the schema.org ClaimReview object of a claim (Google's fact-check markup), as a
/// JSONSerialization-ready dictionary, for the report's JSON-LD blocks and `export --format claimreview`.
///
/// Only claims a reviewer rated get one: `unreviewed` and `not-a-claim` have nothing to publish.
/// `unverifiable` has no place on the 1–5 scale, so its `reviewRating` carries only `alternateName`
/// ("Unverifiable"), which Google documents as the one required rating field; `ratingValue`,
/// `bestRating` and `worstRating` appear only with a numeric rating.
public struct ClaimReviewBuilder: Sendable {
    /// The document whose claims are described.
    public let info: DocumentInfo
    /// The page the reviews are published on, without fragment: the report's public URL, or its
    /// file name relative to `reports/` when no public base URL is known.
    public let pageURL: String
    /// The fact-checking organisation: publisher and first author of every review.
    public let organization: String
    /// YYYY-MM-DD used when a verdict has no date.
    public let fallbackDate: String
    /// The site the article appeared on (its host), else its title, else the document's slug.
    public let publicationName: String
    /// The article's URL when it may be published as a link (http(s) only).
    let articleLink: String?

    /// A builder for `info`'s claims, published on `pageURL` by `organization`.
    public init(info: DocumentInfo, pageURL: String, organization: String, fallbackDate: String) {
        self.info = info
        self.pageURL = pageURL
        self.organization = organization
        self.fallbackDate = fallbackDate
        articleLink = info.url.flatMap { WebLink.isSafeLink($0) ? $0 : nil }
        publicationName = Self.publicationName(info, link: articleLink)
    }

    /// Whether a claim's verdict is published as a ClaimReview.
    public static func isPublished(_ label: VerdictLabel) -> Bool {
        label != .unreviewed && label != .notAClaim
    }

    /// The ClaimReview of a claim, or nil when its verdict is not published, the claim is orphaned (its
    /// sentence is no longer in the article, so the page no longer reviews it) or disputed (two reviewers'
    /// verdicts met in a git merge: nothing is published until one is set).
    ///
    /// `author` is the organisation, followed by the reviewer as a Person when the verdict names one;
    /// `publisher` is always the organisation. `itemReviewed.author` is set only when the claim names a
    /// speaker that is a person or an organisation (`SpeakerKind`); `appearance` is the article's URL.
    public func review(for claim: Claim) -> [String: Any]? {
        guard Self.isPublished(claim.verdict.label), !claim.isOrphaned, !claim.needsRecheck, !claim.isDisputed else {
            return nil
        }
        var rating: [String: Any] = ["@type": "Rating", "alternateName": claim.verdict.label.displayName]
        if let value = claim.verdict.label.ratingValue {
            rating["ratingValue"] = value
            rating["bestRating"] = 5
            rating["worstRating"] = 1
        }
        let publisher: [String: Any] = ["@type": "Organization", "name": organization]
        var authors: [[String: Any]] = [publisher]
        if let reviewer = claim.verdict.reviewer?.trimmingCharacters(in: .whitespacesAndNewlines), !reviewer.isEmpty {
            authors.append(["@type": "Person", "name": reviewer])
        }
        var item: [String: Any] = ["@type": "Claim"]
        if let author = claimAuthor(claim) { item["author"] = author }
        if let published = info.published { item["datePublished"] = published }
        if let url = articleLink {
            item["appearance"] = [["@type": "CreativeWork", "url": url]]
        } else {
            item["appearance"] = [["@type": "CreativeWork", "name": publicationName]]
        }
        return [
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": claim.text,
            "reviewRating": rating,
            "author": authors.count == 1 ? publisher : authors,
            "publisher": publisher,
            "datePublished": reviewDate(claim),
            "url": "\(pageURL)#claim-\(claim.id)",
            "itemReviewed": item,
        ]
    }

    /// The claim's first named speaker: a Person for a named person, an Organization for a body; nil when
    /// the claim is unattributed or its source is unnamed ("a local official").
    func claimAuthor(_ claim: Claim) -> [String: Any]? {
        for fact in claim.facts where fact.kind == .attribution {
            guard let speaker = fact.speaker?.trimmingCharacters(in: .whitespacesAndNewlines), !speaker.isEmpty,
                let kind = SpeakerKind.classify(speaker)
            else { continue }
            return ["@type": kind == .person ? "Person" : "Organization", "name": speaker]
        }
        return nil
    }

    static func publicationName(_ info: DocumentInfo, link: String?) -> String {
        if let url = link, let host = URLComponents(string: url)?.host, !host.isEmpty {
            return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        }
        return info.title.flatMap { $0.isEmpty ? nil : $0 } ?? info.slug
    }

    func reviewDate(_ claim: Claim) -> String {
        if let at = claim.verdict.at, at.count >= 10, CalendarDay(iso: String(at.prefix(10))) != nil {
            return String(at.prefix(10))
        }
        return fallbackDate
    }
}
