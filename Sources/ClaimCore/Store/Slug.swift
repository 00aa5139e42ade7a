import Foundation

/// Document names: lower-case letters, digits and `-` only, so that no name can reach outside `claims/`.
public enum Slug {
    /// The longest slug accepted, in characters.
    public static let maxLength = 64

    /// Checks a slug the user typed; refuses (never rewrites) anything that is not already a slug.
    public static func validate(_ input: String) throws -> String {
        guard !input.isEmpty else { throw ClaimCheckError.badName(input, reason: "a document name cannot be empty") }
        guard input.utf8.count <= maxLength else {
            throw ClaimCheckError.badName(String(input.prefix(40)) + "…", reason: "longer than \(maxLength) characters")
        }
        guard input.utf8.allSatisfy({ isSlugByte($0) }), input.first != "-" else {
            let hint = make(from: input).map { " (did you mean '\($0)'?)" } ?? ""
            throw ClaimCheckError.badName(
                printable(input), reason: "use lower-case letters, digits and '-' only\(hint)")
        }
        return input
    }

    /// Turns a title or file name into a slug: "Benghazi battle.txt" → "benghazi-battle"; nil if nothing is left.
    public static func make(from input: String) -> String? {
        var base = input
        if let slash = base.lastIndex(of: "/") { base = String(base[base.index(after: slash)...]) }
        for ext in [".txt", ".html", ".htm", ".md"] where base.lowercased().hasSuffix(ext) {
            base = String(base.dropLast(ext.count))
        }
        let folded = base.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        var lastDash = true
        for u in folded.unicodeScalars {
            if u.isASCII, isSlugByte(UInt8(u.value)), u != "-" {
                out.unicodeScalars.append(u)
                lastDash = false
            } else if !lastDash {
                out.append("-")
                lastDash = true
            }
            if out.count >= maxLength { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? nil : out
    }

    /// Claim ids: lower-case hex digits with an optional `-N` suffix.
    public static func validateClaimID(_ input: String) throws -> String {
        guard !input.isEmpty, input.utf8.count <= 40, input.utf8.allSatisfy({ isSlugByte($0) }), input.first != "-"
        else {
            throw ClaimCheckError.badName(printable(input), reason: "not a claim id (claim ids look like 'c3f9a1')")
        }
        return input
    }

    private static func isSlugByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) || b == 0x2d
    }

    /// A name safe to print on one line (control characters and NUL shown escaped).
    static func printable(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars.prefix(80) {
            if u.value < 0x20 || u.value == 0x7f {
                out += "\\u{\(String(u.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
