import ClaimCore

/// Warnings a claim card shows about its evidence: numbers a source gives differently, and a quote
/// no fetched source contains.
enum ClaimFlags {
    static func flags(_ claim: Claim) -> [String] {
        var flags: [String] = []
        for evidence in claim.evidence {
            for discrepancy in evidence.matches.flatMap({ $0.discrepancies ?? [] }) {
                flags.append(
                    "Number discrepancy: the claim says \(discrepancy.claimed) \(discrepancy.noun), \(host(evidence.url)) says \(discrepancy.found) (“\(discrepancy.context)”)."
                )
            }
        }
        let quotes = claim.kinds.contains(.quote) || claim.facts.contains { $0.kind == .quote }
        let fetched = claim.evidence.filter { $0.snapshot != nil || !$0.matches.isEmpty }
        if quotes, !fetched.isEmpty, !fetched.contains(where: { $0.matches.contains { $0.quoteFound == true } }) {
            flags.append(
                fetched.count == 1
                    ? "Quote not found: the fetched source does not contain the quoted words."
                    : "Quote not found: none of the \(fetched.count) fetched sources contains the quoted words.")
        }
        return flags
    }

    static func host(_ url: String) -> String {
        guard let start = url.range(of: "://") else { return url }
        let rest = url[start.upperBound...]
        return String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    }
}
