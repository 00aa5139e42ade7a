import ClaimCore

/// The closing lines of `extract`: how many claims, what changed, where they were written.
public enum ExtractReport {
    /// "21 claims in doc (3 new, 18 unchanged) → claims/doc/", and a note when no publication date was used.
    public static func summary(_ outcome: ExtractJob.Outcome, workspace: Workspace, style: TextStyle = .plain) -> String
    {
        let s = outcome.summary
        let current = outcome.currentClaims.count
        var changes: [String] = []
        if s.added > 0 { changes.append("\(s.added) new") }
        if s.unchanged > 0 { changes.append("\(s.unchanged) unchanged") }
        if s.updated > 0 { changes.append("\(s.updated) updated") }
        if s.orphaned > 0 {
            changes.append("\(s.orphaned) reviewed claim\(s.orphaned == 1 ? "" : "s") orphaned (kept)")
        }
        if s.removed > 0 { changes.append("\(s.removed) unreviewed removed") }
        var lines = [
            "\(style.bold("\(current) claim\(current == 1 ? "" : "s")")) in \(outcome.document) (\(changes.joined(separator: ", ")))"
                + " → \(workspace.display(outcome.folder))/"
        ]
        if outcome.publishedUsed == nil {
            lines.append(
                style.yellow("note: no --published date; relative dates such as 'yesterday' are kept unresolved"))
        }
        return lines.joined(separator: "\n")
    }
}
