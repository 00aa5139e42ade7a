import ClaimCore

/// The one line a user reads for a failure: the core error's own message (what and where) plus, where
/// there is one, the command that helps next. Command names live here, not in the libraries below.
public enum ErrorAdvice {
    /// The message of `error` with its advice, or nil when `error` is not a claimcheck failure
    /// (argument-parser exits and the like are left to their owner).
    public static func line(forAny error: any Error) -> String? {
        guard let error = error as? ClaimCheckError else { return nil }
        return line(for: error)
    }

    /// The message of `error` with its advice.
    public static func line(for error: ClaimCheckError) -> String {
        let message = error.description
        guard let advice = advice(for: error) else { return message }
        // A message that ends in a parenthesis takes the advice inside it: "… (2 broken files; 'claimcheck check …')".
        guard message.hasSuffix(")") else { return "\(message) (\(advice))" }
        let separator = message.dropLast().hasSuffix("?") ? " " : "; "
        return "\(message.dropLast())\(separator)\(advice))"
    }

    /// What to run next about `error`, if anything.
    public static func advice(for error: ClaimCheckError) -> String? {
        switch error {
        case .documentNotFound: "run 'claimcheck extract' first, or see 'claimcheck list'"
        case .articleMissing, .articleChanged: "re-run 'claimcheck extract'"
        case .brokenClaimFiles(let document, _, _): "'claimcheck check \(document)' lists them"
        default: nil
        }
    }
}
