import Foundation

/// Who is making a change, for `history` and verdicts: `--reviewer`, else `$CLAIMCHECK_REVIEWER`,
/// else git's user.name, else the login name.
public enum ReviewerName {
    /// The reviewer's name: `option` if given, else `$CLAIMCHECK_REVIEWER`, git's user.name, the login name, "unknown"; control characters removed, at most 80 characters.
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        if let name = clean(option) { return name }
        if let name = clean(environment["CLAIMCHECK_REVIEWER"]) { return name }
        if let name = clean(gitUserName()) { return name }
        return clean(environment["USER"]) ?? clean(environment["LOGNAME"]) ?? clean(ProcessInfo.processInfo.userName)
            ?? "unknown"
    }

    private static func clean(_ s: String?) -> String? {
        guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return String(t.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7f }.prefix(80).map(Character.init))
    }

    private static func gitUserName() -> String? {
        Git.config("user.name")
    }
}
