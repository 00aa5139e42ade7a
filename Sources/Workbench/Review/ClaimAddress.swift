import ClaimCore

/// How a reviewer names a claim (`goto`, `-c "goto …"`, scripts): by number or by id, never confused.
///
/// - `#N` is always claim number N (its ordinal, as `list` shows it).
/// - `id:X` is always the claim whose id is X or starts with X.
/// - A bare word with a letter is an id or id prefix.
/// - A bare number is a claim number when it is within the count; with 4 digits or more it is also tried as an
///   id (ids are 6 hex digits and may be all digits, like `258735`): when it could be both, nothing is chosen
///   and the answer asks for `#N` or `id:…`. Shorter numbers are never taken as id prefixes.
public enum ClaimAddress {
    /// What a claim reference resolves to.
    public enum Resolution: Equatable, Sendable {
        /// The index in the claims given.
        case found(Int)
        /// A one-line explanation.
        case failed(String)
    }

    /// Digits from which a bare number is also matched against ids.
    public static let minimumNumericIDPrefix = 4

    /// Resolves `word` against `claims` (whose `ordinal`s are their numbers); `total` is the highest number,
    /// counting claim files that did not load.
    public static func resolve(_ word: String, in claims: [Claim], total: Int) -> Resolution {
        let typed = ControlCharacters.visible(word)
        if word.hasPrefix("#") {
            guard let n = Int(word.dropFirst()) else {
                return .failed("'\(typed)': '#' is followed by a claim number, like '#12'")
            }
            return byNumber(n, in: claims, total: total)
        }
        if word.lowercased().hasPrefix("id:") {
            return byID(String(word.dropFirst(3)), in: claims)
        }
        guard let n = Int(word), word.allSatisfy(\.isASCII) else { return byID(word, in: claims) }
        let asNumber = (1...max(1, total)).contains(n) && total > 0
        let idMatches =
            word.count >= minimumNumericIDPrefix && !word.hasPrefix("-")
            ? claims.indices.filter { claims[$0].id.hasPrefix(word) } : []
        switch (asNumber, idMatches.isEmpty) {
        case (true, true): return byNumber(n, in: claims, total: total)
        case (false, false): return byID(word, in: claims)
        case (true, false):
            return .failed(
                "'\(typed)' is both claim number \(n) and the start of id \(claims[idMatches[0]].id): type '#\(n)' for the number or 'id:\(word)' for the id"
            )
        case (false, true):
            return .failed(
                word.count >= minimumNumericIDPrefix
                    ? "no claim \(typed): claims are numbered 1–\(total), and no id starts with '\(typed)' ('list' shows both)"
                    : "no claim \(typed): claims are numbered 1–\(total) (for an id starting with \(typed), type 'id:\(typed)')"
            )
        }
    }

    static func byNumber(_ n: Int, in claims: [Claim], total: Int) -> Resolution {
        if let index = claims.firstIndex(where: { $0.ordinal == n }) { return .found(index) }
        if (1...max(1, total)).contains(n), total > 0 {
            return .failed("claim \(n) did not load (a broken claim file; 'claimcheck check' names it)")
        }
        return .failed("no claim #\(n): claims are numbered 1–\(total)")
    }

    static func byID(_ prefix: String, in claims: [Claim]) -> Resolution {
        let lower = prefix.lowercased()
        let typed = ControlCharacters.visible(prefix)
        guard !lower.isEmpty else { return .failed("'id:' is followed by a claim id or the start of one") }
        if let exact = claims.firstIndex(where: { $0.id == lower }) { return .found(exact) }
        let matches = claims.indices.filter { claims[$0].id.hasPrefix(lower) }
        guard matches.count == 1 else {
            return .failed(
                matches.isEmpty
                    ? "no claim with id '\(typed)' (ids look like 'c3f9a1'; 'list' shows them)"
                    : "'\(typed)' starts \(matches.count) ids (\(matches.prefix(4).map { claims[$0].id }.joined(separator: ", "))); type more of the id"
            )
        }
        return .found(matches[0])
    }
}
