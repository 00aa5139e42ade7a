import Foundation

/// Who is making a change, for `history` and verdicts: `--reviewer`, else `$CLAIMCHECK_REVIEWER`, else
/// `$GIT_AUTHOR_NAME`, else git's user.name (read from git's config files, no `git` process), else the login name.
public enum ReviewerName {
    /// The reviewer's name: `option` if given, else `$CLAIMCHECK_REVIEWER`, `$GIT_AUTHOR_NAME`, git's user.name, the
    /// login name, "unknown"; control characters removed, at most 80 characters. Git's files are read only when
    /// nothing before them names the reviewer, and (for this process's own environment) at most once per process.
    public static func resolve(option: String?, environment: [String: String]? = nil) -> String {
        if let name = clean(option) { return name }
        let env = environment ?? ProcessInfo.processInfo.environment
        if let name = clean(env["CLAIMCHECK_REVIEWER"]) { return name }
        if let name = clean(env["GIT_AUTHOR_NAME"]) { return name }
        let git =
            environment == nil
            ? processGitName
            : GitConfig(environment: env, directory: FileManager.default.currentDirectoryPath).value("user.name")
        if let name = clean(git) { return name }
        return clean(env["USER"]) ?? clean(env["LOGNAME"]) ?? clean(ProcessInfo.processInfo.userName) ?? "unknown"
    }

    /// git's user.name for this process: read from the config files on first use, then remembered.
    private static let processGitName: String? = GitConfig(
        environment: ProcessInfo.processInfo.environment, directory: FileManager.default.currentDirectoryPath
    ).value("user.name")

    private static func clean(_ s: String?) -> String? {
        guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return String(t.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7f }.prefix(80).map(Character.init))
    }
}
