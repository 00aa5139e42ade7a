/// Stable claim ids: a short hash of the normalised sentence, so that re-extraction keeps the ids
/// (and so the verdicts) of unchanged sentences. Normalisation folds case, white space, curly quotes
/// and dashes, so an editor's re-typed apostrophe does not orphan a reviewed claim.
public enum ClaimIdentity {
    /// The normalised form hashed for the id.
    public static func normalise(_ sentence: String) -> String {
        quickNormalise(sentence) ?? fullNormalise(sentence)
    }

    /// `fullNormalise` for the common sentence — ASCII, curly quotes, dashes, the no-break space — without the
    /// Unicode normalisation and case mapping that cannot change it (none of those scalars composes, decomposes
    /// or has a case other than A–Z); nil for any other sentence.
    static func quickNormalise(_ sentence: String) -> String? {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in sentence.unicodeScalars {
            let mapped: Unicode.Scalar
            switch scalar.value {
            case 0x41...0x5A: mapped = Unicode.Scalar(scalar.value + 0x20)!
            case 0x09...0x0D, 0x20, 0xA0:
                space = true
                continue
            case 0..<0x80: mapped = scalar
            case 0x2018, 0x2019, 0x201B, 0x2032: mapped = "'"
            case 0x201C, 0x201D, 0x201E, 0x2033, 0xAB, 0xBB: mapped = "\""
            case 0x2013, 0x2014, 0x2212: mapped = "-"
            default: return nil
            }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            out.append(mapped)
        }
        return String(out)
    }

    /// The normalised form by the full rules: NFC, lower case, quotes and dashes folded, white space runs as one
    /// space, none at the ends.
    static func fullNormalise(_ sentence: String) -> String {
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
