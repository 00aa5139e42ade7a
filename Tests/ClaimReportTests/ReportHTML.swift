import Foundation

/// Structural reading of a rendered report (our own output, so simple patterns suffice): the pieces the
/// tests count and cross-check.
struct ReportHTML {
    let html: String

    func matches(_ pattern: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let ns = html as NSString
        return regex.matches(in: html, range: NSRange(location: 0, length: ns.length)).map { m in
            (0..<m.numberOfRanges).map {
                m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0))
            }
        }
    }

    /// Ids of the highlights' first pieces (`id="hl-<claim>"`).
    var highlightStarts: [String] {
        matches(##"<a class="hl [^"]*" href="#claim-([^"]*)"[^>]* id="hl-([^"]*)">"##).map { $0[2] }
    }
    /// Every highlight piece's link target.
    var highlightTargets: [String] { matches(##"<a class="hl [^"]*" href="#claim-([^"]*)""##).map { $0[1] } }
    var highlightClasses: [String] { matches(##"<a class="hl v-([a-z-]*)""##).map { $0[1] } }
    var cardIDs: [String] { matches(##"<article class="card [^"]*" id="claim-([^"]*)">"##).map { $0[1] } }
    var jsonLDBlocks: [String] { matches(##"<script type="application/ld\+json">(.*?)</script>"##).map { $0[1] } }
    var hrefs: [String] { matches(##"href="([^"]*)""##).map { $0[1] } }

    func count(_ needle: String) -> Int { html.components(separatedBy: needle).count - 1 }

    /// JSON-LD blocks decoded (after undoing nothing: `\u003c` escapes are plain JSON).
    func jsonLD() throws -> [[String: Any]] {
        try jsonLDBlocks.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }
}

/// What Google's ClaimReview documentation (developers.google.com/search/docs/appearance/structured-data/factcheck)
/// asks of one decoded object; returns what is missing or malformed. Required: `claimReviewed`, `reviewRating`
/// with `alternateName`, `url`. Recommended: `author` (Organization or Person, with `name`), `datePublished`,
/// `reviewRating` `ratingValue`/`bestRating`/`worstRating` on a numeric scale, `itemReviewed` (a `Claim` with
/// `datePublished` and `appearance` or `firstAppearance`, and `author` — which, when present, must name a
/// Person or Organization). `absoluteURL` demands an http(s) `url` (the page published with `--base-url`).
func missingClaimReviewFields(_ review: [String: Any], absoluteURL: Bool = false) -> [String] {
    var missing: [String] = []
    for key in [
        "@context", "@type", "claimReviewed", "reviewRating", "author", "publisher", "datePublished", "url",
        "itemReviewed",
    ] where review[key] == nil {
        missing.append(key)
    }
    if review["@type"] as? String != "ClaimReview" { missing.append("@type=ClaimReview") }
    if (review["claimReviewed"] as? String ?? "").isEmpty { missing.append("claimReviewed (text)") }
    if let url = review["url"] as? String {
        if !url.contains("#claim-") { missing.append("url (fragment of the claim)") }
        if absoluteURL, !(url.hasPrefix("https://") || url.hasPrefix("http://")) { missing.append("url (absolute)") }
    }
    if let date = review["datePublished"] as? String, date.count != 10 || date.split(separator: "-").count != 3 {
        missing.append("datePublished (ISO 8601 date)")
    }
    if let rating = review["reviewRating"] as? [String: Any] {
        if rating["@type"] as? String != "Rating" { missing.append("reviewRating.@type") }
        if (rating["alternateName"] as? String ?? "").isEmpty { missing.append("reviewRating.alternateName") }
        if let value = rating["ratingValue"] as? Int {
            if rating["bestRating"] as? Int != 5 { missing.append("reviewRating.bestRating") }
            if rating["worstRating"] as? Int != 1 { missing.append("reviewRating.worstRating") }
            if !(1...5).contains(value) { missing.append("reviewRating.ratingValue (1…5)") }
        }
    }
    let authors = (review["author"] as? [[String: Any]]) ?? (review["author"] as? [String: Any]).map { [$0] } ?? []
    if review["author"] != nil, authors.isEmpty { missing.append("author (object or array)") }
    for author in authors
    where (author["name"] as? String ?? "").isEmpty
        || !["Organization", "Person"].contains(author["@type"] as? String ?? "")
    {
        missing.append("author.name/@type")
    }
    if let publisher = review["publisher"] as? [String: Any] {
        if publisher["@type"] as? String != "Organization" || (publisher["name"] as? String ?? "").isEmpty {
            missing.append("publisher.name/@type")
        }
    } else if review["publisher"] != nil {
        missing.append("publisher (object)")
    }
    if let item = review["itemReviewed"] as? [String: Any] {
        if item["@type"] as? String != "Claim" { missing.append("itemReviewed.@type") }
        if item["datePublished"] == nil { missing.append("itemReviewed.datePublished") }
        if let author = item["author"] {
            let a = author as? [String: Any] ?? [:]
            if (a["name"] as? String ?? "").isEmpty
                || !["Organization", "Person"].contains(a["@type"] as? String ?? "")
            {
                missing.append("itemReviewed.author.name/@type")
            }
        }
        let appearances =
            (item["appearance"] as? [[String: Any]] ?? []) + (item["firstAppearance"] as? [[String: Any]] ?? [])
        if appearances.isEmpty { missing.append("itemReviewed.appearance") }
        for work in appearances
        where work["@type"] as? String != "CreativeWork" || (work["url"] == nil && work["name"] == nil) {
            missing.append("itemReviewed.appearance (CreativeWork with url)")
        }
    } else if review["itemReviewed"] != nil {
        missing.append("itemReviewed (object)")
    }
    return missing
}
