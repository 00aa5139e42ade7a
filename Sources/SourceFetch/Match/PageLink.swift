import ClaimCore

/// The page an evidence link names in its fragment, the way PDF viewers read it: `report.pdf#page=12`,
/// also among other parameters (`#zoom=80&page=12`, `#page=12&view=FitH`).
public enum PageLink {
    /// The page number (from 1), nil when the link names none (or a page 0, a negative or absurd number).
    public static func page(in url: String) -> Int? {
        guard let hash = url.firstIndex(of: "#") else { return nil }
        for parameter in url[url.index(after: hash)...].split(whereSeparator: { $0 == "&" || $0 == ";" }) {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "page", parts[1].utf8.count <= 7,
                let page = Int(parts[1]), page >= 1
            else { continue }
            return page
        }
        return nil
    }
}

extension EvidenceMatcher {
    /// The best passages of a fetched source for `claim` (none when the source has no text); the page that
    /// `url` names (`#page=12`) is the preferred page.
    public func match(_ claim: Claim, in source: SourceText, url: String) -> [EvidenceMatch] {
        guard let text = source.text else { return [] }
        return match(claim, in: text, preferredPage: PageLink.page(in: url))
    }
}
