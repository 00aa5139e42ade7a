import Foundation

/// The one rule for links, shared by the fetcher, the REPL and the report: only absolute http(s)
/// URLs with a host are accepted; `javascript:`, `file:`, `data:`, scheme-less and other URLs are refused.
public enum WebLink {
    /// Checks a URL a user typed (evidence links, article URLs) and returns it trimmed.
    public static func validate(_ input: String) throws -> String {
        let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ClaimCheckError.badInput("(empty URL)", reason: "give an http:// or https:// address") }
        let shown = trimmed.count > 80 ? String(trimmed.prefix(77)) + "…" : trimmed
        guard !trimmed.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7f }) else {
            throw ClaimCheckError.badInput(shown.debugDescription, reason: "a URL cannot contain spaces or control characters")
        }
        guard let colon = trimmed.firstIndex(of: ":") else {
            throw ClaimCheckError.badInput(shown, reason: "has no scheme; did you mean https://\(shown)?")
        }
        let scheme = trimmed[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw ClaimCheckError.badInput(shown, reason: "only http:// and https:// links can be evidence ('\(scheme):' is refused)")
        }
        guard let components = URLComponents(string: trimmed), let host = components.host, !host.isEmpty else {
            throw ClaimCheckError.badInput(shown, reason: "is not a valid web address (no host)")
        }
        return trimmed
    }

    /// Whether a string may be rendered as a clickable link.
    public static func isSafeLink(_ string: String) -> Bool {
        (try? validate(string)) != nil
    }
}
