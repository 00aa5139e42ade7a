import Foundation

/// Structural reading of a rendered report (our own output, so simple patterns suffice): the pieces the
/// tests count and cross-check.
struct ReportHTML {
    let html: String

    func matches(_ pattern: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let ns = html as NSString
        return regex.matches(in: html, range: NSRange(location: 0, length: ns.length)).map { m in
            (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
        }
    }

    /// Ids of the highlights' first pieces (`id="hl-<claim>"`).
    var highlightStarts: [String] { matches(##"<a class="hl [^"]*" href="#claim-([^"]*)"[^>]* id="hl-([^"]*)">"##).map { $0[2] } }
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

/// The fields Google's ClaimReview markup needs, checked on one decoded object; returns what is missing.
func missingClaimReviewFields(_ review: [String: Any]) -> [String] {
    var missing: [String] = []
    for key in ["@context", "@type", "claimReviewed", "reviewRating", "author", "datePublished", "url", "itemReviewed"] where review[key] == nil {
        missing.append(key)
    }
    if let rating = review["reviewRating"] as? [String: Any] {
        if rating["@type"] as? String != "Rating" { missing.append("reviewRating.@type") }
        if (rating["alternateName"] as? String ?? "").isEmpty { missing.append("reviewRating.alternateName") }
        if rating["ratingValue"] != nil {
            if rating["bestRating"] as? Int != 5 { missing.append("reviewRating.bestRating") }
            if rating["worstRating"] as? Int != 1 { missing.append("reviewRating.worstRating") }
        }
    }
    if let author = review["author"] as? [String: Any], (author["name"] as? String ?? "").isEmpty || author["@type"] == nil {
        missing.append("author.name")
    }
    if let item = review["itemReviewed"] as? [String: Any] {
        if item["@type"] as? String != "Claim" { missing.append("itemReviewed.@type") }
        if ((item["author"] as? [String: Any])?["name"] as? String ?? "").isEmpty { missing.append("itemReviewed.author") }
        if (item["appearance"] as? [[String: Any]] ?? []).isEmpty { missing.append("itemReviewed.appearance") }
    }
    return missing
}
