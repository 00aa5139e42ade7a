import ClaimCore

/// The text `diff` and `update` print: a header naming both revisions, then each changed run of sentences as
/// "- old" and "+ new" lines (red and green on a terminal, the changed words marked), or "no sentence changed".
public enum DiffText {
    /// The whole diff of `outcome`.
    public static func render(_ outcome: DiffJob.Outcome, style: TextStyle = .plain) -> String {
        var lines = [
            style.bold(
                "\(outcome.document): revision \(outcome.from.number) → revision \(outcome.to.number)"),
            "  " + describe(outcome.from.number, outcome.from.revision),
            "  " + describe(outcome.to.number, outcome.to.revision),
        ]
        lines += hunks(outcome.diff, style: style)
        return lines.joined(separator: "\n")
    }

    /// "revision 2: 2026-12-02T04:00:00Z, https://… (sha256 1a2b3c4d5e6f)".
    public static func describe(_ number: Int, _ revision: ArticleRevision) -> String {
        var parts = [revision.fetchedAt]
        if let source = revision.source { parts.append(ControlCharacters.visible(source)) }
        if let final = revision.finalUrl, final != revision.source {
            parts.append("→ \(ControlCharacters.visible(final))")
        }
        return "revision \(number): " + parts.joined(separator: ", ") + " (sha256 \(revision.sha256.prefix(12)))"
    }

    /// One block per changed run: "@ sentence 8", then "- " and "+ " lines.
    public static func hunks(_ diff: SentenceDiff, style: TextStyle = .plain) -> [String] {
        guard !diff.isEmpty else { return ["no sentence changed"] }
        var lines: [String] = []
        for hunk in diff.hunks {
            lines.append(style.cyan("@ sentence \(hunk.oldStart) → \(hunk.newStart)"))
            if let edits = hunk.edits {
                // Sentences edited in place: each old one above its new one, with the changed words marked.
                for edit in edits {
                    let (old, new) = ChangedWords.excerpt(edit.old, edit.new, context: .max, limit: .max, style: style)
                    lines.append(style.red("- ") + old)
                    lines.append(style.green("+ ") + new)
                }
                continue
            }
            lines += hunk.removed.map { style.red("- " + ControlCharacters.visible($0)) }
            lines += hunk.added.map { style.green("+ " + ControlCharacters.visible($0)) }
        }
        return lines
    }
}
