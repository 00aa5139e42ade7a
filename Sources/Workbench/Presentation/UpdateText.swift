import ClaimCore

/// What `update` prints per document: "unchanged since …", or the sentence diff and the extraction's edited
/// sentences (which need re-checking), or why nothing was changed.
public enum UpdateText {
    /// The lines for `report`.
    public static func render(_ report: UpdateJob.Report, workspace: Workspace, style: TextStyle = .plain) -> String {
        switch report.result {
        case .unchanged(let since):
            return "\(style.bold(report.document)): unchanged since \(since)"
        case .failed(let why):
            return "\(style.bold(report.document)): " + style.red("not updated: ") + why
        case .changed(let outcome, let diff):
            var lines = [
                "\(style.bold(report.document)): the article changed (revision \(diff.to.number))",
                DiffText.render(diff, style: style),
                ExtractReport.summary(outcome, workspace: workspace, style: style),
            ]
            let rechecks = outcome.revisions.filter { $0.recheck != nil }.count
            if rechecks > 0 {
                lines.append(
                    style.yellow(
                        "\(rechecks) claim\(rechecks == 1 ? "" : "s") need\(rechecks == 1 ? "s" : "") re-checking: 'claimcheck list \(report.document) --recheck'"
                    ))
            }
            return lines.joined(separator: "\n")
        }
    }
}
