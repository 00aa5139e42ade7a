import Foundation

/// The one rule for links, shared by the fetcher, the REPL and the report: only absolute http(s)
/// URLs with a host are accepted; `javascript:`, `file:`, `data:`, scheme-less and other URLs are refused.
public enum WebLink {
    /// Checks a URL a user typed (evidence links, article URLs) and returns it trimmed.
    public static func validate(_ input: String) throws -> String {
        let trimmed = trimmingWhitespace(input)
        guard !trimmed.isEmpty else {
            throw ClaimCheckError.badInput("(empty URL)", reason: "give an http:// or https:// address")
        }
        var shown: String { trimmed.count > 80 ? String(trimmed.prefix(77)) + "…" : trimmed }
        guard !trimmed.utf8.contains(where: { $0 < 0x21 || $0 == 0x7f }) else {
            throw ClaimCheckError.badInput(
                shown.debugDescription, reason: "a URL cannot contain spaces or control characters")
        }
        guard let colon = trimmed.firstIndex(of: ":") else {
            throw ClaimCheckError.badInput(shown, reason: "has no scheme; did you mean https://\(shown)?")
        }
        let scheme = trimmed[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw ClaimCheckError.badInput(
                shown, reason: "only http:// and https:// links can be evidence ('\(scheme):' is refused)")
        }
        guard let components = URLComponents(string: trimmed), let host = components.host, !host.isEmpty else {
            throw ClaimCheckError.badInput(shown, reason: "is not a valid web address (no host)")
        }
        return trimmed
    }

    /// `input` without leading and trailing white space; a URL that starts and ends with a visible
    /// ASCII character (nearly all) is returned as it is, without Foundation's slower trimming.
    static func trimmingWhitespace(_ input: String) -> String {
        if let first = input.utf8.first, let last = input.utf8.last, (0x21..<0x7f).contains(first),
            (0x21..<0x7f).contains(last)
        {
            return input
        }
        return input.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether a string may be rendered as a clickable link.
    public static func isSafeLink(_ string: String) -> Bool {
        (try? validate(string)) != nil
    }
}
