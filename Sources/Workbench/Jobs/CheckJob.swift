import ClaimCore

/// `claimcheck check [DOC]`: removes what killed writers left behind (staging folders, temporary files), then
/// validates every file and prints one line per problem.
public struct CheckJob: Sendable {
    /// The workspace check, over the workspace's store.
    public let check: WorkspaceCheck

    /// A check of `workspace`.
    public init(workspace: Workspace) {
        check = WorkspaceCheck(store: ClaimStore(workspace: workspace))
    }

    /// The report text and whether everything was fine.
    public func run(document: String?) throws -> (text: String, ok: Bool) {
        let removed = check.store.removeAbandonedFiles()
        var lines: [String] = []
        if removed.stagingFolders + removed.temporaryFiles + removed.finishedBatches > 0 {
            lines.append(Self.cleanupLine(removed))
        }
        let results: [WorkspaceCheck.Result]
        if let document {
            _ = try Slug.validate(document)
            results = [check.check(document)]
        } else {
            results = check.checkAll()
            if results.isEmpty {
                lines.append(
                    "no documents in \(check.store.workspace.claimsFolder.path) (run 'claimcheck extract' first)")
                if let warning = InitJob.driverWarning(for: check.store.workspace) { lines.append(warning) }
                return (lines.joined(separator: "\n"), true)
            }
        }
        var problemCount = 0
        for result in results {
            problemCount += result.problems.count
            lines += result.problems.map(ErrorAdvice.line(for:))
        }
        let claims = results.map(\.claims).reduce(0, +)
        let docs = results.count
        let summary =
            "\(docs) document\(docs == 1 ? "" : "s"), \(claims) claim\(claims == 1 ? "" : "s"): "
            + (problemCount == 0 ? "ok" : "\(problemCount) problem\(problemCount == 1 ? "" : "s")")
        lines.append(summary)
        if let warning = InitJob.driverWarning(for: check.store.workspace) { lines.append(warning) }
        return (lines.joined(separator: "\n"), problemCount == 0)
    }

    /// "finished 1 interrupted batch of writes; removed 2 abandoned staging folders and 3 abandoned temporary files
    /// (left by interrupted writes)".
    static func cleanupLine(_ removed: (stagingFolders: Int, temporaryFiles: Int, finishedBatches: Int)) -> String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        let parts =
            (removed.stagingFolders > 0 ? [count(removed.stagingFolders, "abandoned staging folder")] : [])
            + (removed.temporaryFiles > 0 ? [count(removed.temporaryFiles, "abandoned temporary file")] : [])
        var line = parts.isEmpty ? "" : "removed \(parts.joined(separator: " and "))"
        if removed.finishedBatches > 0 {
            line =
                "finished \(removed.finishedBatches) interrupted batch\(removed.finishedBatches == 1 ? "" : "es") of writes"
                + (line.isEmpty ? "" : "; " + line)
        }
        return line + " (left by interrupted writes)"
    }
}
