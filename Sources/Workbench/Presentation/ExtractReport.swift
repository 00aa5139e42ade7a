import ClaimCore

/// The closing lines of `extract`: how many claims, what changed (each edited sentence old → new, with the verdict it
/// carried over and whether it needs re-checking), where they were written.
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
        if s.revised > 0 { changes.append("\(s.revised) edited sentence\(s.revised == 1 ? "" : "s") carried over") }
        if s.orphaned > 0 {
            changes.append("\(s.orphaned) reviewed claim\(s.orphaned == 1 ? "" : "s") orphaned (kept)")
        }
        if s.removed > 0 { changes.append("\(s.removed) unreviewed removed") }
        var lines = [
            "\(style.bold("\(current) claim\(current == 1 ? "" : "s")")) in \(outcome.document) (\(changes.joined(separator: ", ")))"
                + " → \(workspace.display(outcome.folder))/"
        ]
        lines += outcome.revisions.map { revision(line: $0, style: style) }
        if outcome.publishedUsed == nil {
            lines.append(
                style.yellow("note: no --published date; relative dates such as 'yesterday' are kept unresolved"))
        }
        return lines.joined(separator: "\n")
    }

    /// "  edited: “old” → “new” — True, needs re-checking: quantity 40 → 45 people" (or "… — True stands").
    public static func revision(line revision: SentenceRevision, style: TextStyle = .plain) -> String {
        let (old, new) = ChangedWords.excerpt(
            revision.predecessors.map(\.text).joined(separator: " "),
            revision.successors.map(\.text).joined(separator: " "), style: style)
        let label = revision.verdict.label
        let verdict: String
        if let recheck = revision.recheck {
            verdict =
                "\(label.displayName), "
                + style.yellow("needs re-checking: \(ControlCharacters.visible(recheck.reason))")
        } else if label == .unreviewed {
            verdict = "unreviewed"
        } else {
            verdict = "\(label.displayName) stands"
        }
        let ids =
            revision.predecessors.map(\.id).joined(separator: "+") + " → "
            + revision.successors.map(\.id).joined(separator: "+")
        return "  edited (\(style.cyan(ids))): “\(old)” → “\(new)” — \(verdict)"
    }
}
