import ClaimCore

/// `claimcheck check [DOC]`: validates every file and prints one line per problem.
public struct CheckJob: Sendable {
    /// The workspace check, over the workspace's store.
    public let check: WorkspaceCheck

    /// A check of `workspace`.
    public init(workspace: Workspace) {
        check = WorkspaceCheck(store: ClaimStore(workspace: workspace))
    }

    /// The report text and whether everything was fine.
    public func run(document: String?) throws -> (text: String, ok: Bool) {
        let results: [WorkspaceCheck.Result]
        if let document {
            _ = try Slug.validate(document)
            results = [check.check(document)]
        } else {
            results = check.checkAll()
            if results.isEmpty {
                let lines = [
                    "no documents in \(check.store.workspace.claimsFolder.path) (run 'claimcheck extract' first)"
                ]
                return (
                    (lines + [InitJob.driverWarning(for: check.store.workspace)].compactMap { $0 }).joined(
                        separator: "\n"), true
                )
            }
        }
        var lines: [String] = []
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
}
