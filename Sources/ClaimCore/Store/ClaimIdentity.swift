/// Stable claim ids: a short hash of the normalised sentence, so that re-extraction keeps the ids
/// (and so the verdicts) of unchanged sentences. Normalisation folds case, white space, curly quotes
/// and dashes, so an editor's re-typed apostrophe does not orphan a reviewed claim.
public enum ClaimIdentity {
    /// The normalised form hashed for the id.
    public static func normalise(_ sentence: String) -> String {
        var out = ""
        var space = false
        for ch in sentence.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            let mapped: Unicode.Scalar
            switch ch {
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": mapped = "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}", "\u{00AB}", "\u{00BB}": mapped = "\""
            case "\u{2013}", "\u{2014}", "\u{2212}": mapped = "-"
            default: mapped = ch
            }
            if mapped.properties.isWhitespace {
                space = true
                continue
            }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            out.unicodeScalars.append(mapped)
        }
        return out
    }

    /// Assigns ids to sentences in article order: 6 hex digits of sha256(normalised); a longer prefix
    /// when two different sentences collide; `-2`, `-3` … for a sentence that occurs again.
    public static func assign(_ sentences: [String]) -> [String] {
        var owner: [String: String] = [:]  // id -> normalised sentence
        var seen: [String: Int] = [:]  // normalised sentence -> occurrences so far
        var ids: [String] = []
        for sentence in sentences {
            let norm = normalise(sentence)
            let hash = SHA256.hex(norm)
            var length = 6
            var id = String(hash.prefix(length))
            while let other = owner[id], other != norm, length < 64 {
                length += 2
                id = String(hash.prefix(length))
            }
            owner[id] = norm
            let n = (seen[norm] ?? 0) + 1
            seen[norm] = n
            ids.append(n == 1 ? id : "\(id)-\(n)")
        }
        return ids
    }
}
