import ClaimCore
import Foundation

/// `claimcheck agreement DOC [--reviewers A,B,…] [--json]`: inter-rater agreement over a document's claims
/// (`AgreementReport`), as a table a person reads or as JSON.
public struct AgreementJob: Sendable {
    /// The store of the workspace.
    public let store: ClaimStore

    /// Agreement over the documents of `workspace`.
    public init(workspace: Workspace) {
        store = ClaimStore(workspace: workspace)
    }

    /// The report for `document`; `reviewers` as typed ("ana,bo"), nil for everyone who rated a claim.
    public func report(document: String, reviewers: String?) throws -> AgreementReport {
        let loaded = try store.load(try Slug.validate(document))
        let chosen = reviewers.map {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let numbers = Dictionary(uniqueKeysWithValues: loaded.claims.enumerated().map { ($1.id, $0 + 1) })
        return try AgreementReport(claims: loaded.claims, reviewers: chosen) { numbers[$0.id] ?? $0.ordinal }
    }

    /// `--json`: the report, pretty-printed with sorted keys.
    public static func json(_ report: AgreementReport) throws -> String {
        String(decoding: try ClaimCoding.encode(report), as: UTF8.self)
    }

    /// The report as lines of text: the statistics, the confusion matrix (two reviewers), the disagreements.
    public static func text(_ report: AgreementReport, document: String, style: TextStyle = .plain) -> String {
        func figure(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "n/a" }
        let who = report.reviewers.map(ControlCharacters.visible)
        var lines = [
            style.bold(
                "\(document): \(who.joined(separator: " vs ")), \(report.claims) claim\(report.claims == 1 ? "" : "s") rated by \(who.count == 2 ? "both" : "two or more")"
            )
        ]
        lines.append("  observed agreement  \(figure(report.observedAgreement))")
        if who.count == 2 {
            lines.append("  Cohen's κ           \(figure(report.cohenKappa))")
            lines.append(
                "  weighted κ          \(figure(report.weightedKappaLinear)) linear, \(figure(report.weightedKappaQuadratic)) quadratic (true … false)"
            )
        }
        lines.append(
            "  Krippendorff's α    \(figure(report.alphaOrdinal)) ordinal (true … false), \(figure(report.alphaNominal)) nominal"
        )
        if !report.confusion.isEmpty {
            let used = report.labels.indices.filter { i in
                report.confusion[i].contains { $0 > 0 } || report.confusion.contains { $0[i] > 0 }
            }
            if !used.isEmpty {
                lines.append(style.bold("Confusion matrix") + " (rows: \(who[0]), columns: \(who[1]))")
                let width = max(12, used.map { report.labels[$0].count }.max() ?? 12) + 2
                func cell(_ s: String) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
                lines.append(
                    "  " + "".padding(toLength: width, withPad: " ", startingAt: 0)
                        + used.map { cell(report.labels[$0]) }.joined())
                for i in used {
                    lines.append(
                        "  " + report.labels[i].padding(toLength: width, withPad: " ", startingAt: 0)
                            + used.map { cell(String(report.confusion[i][$0])) }.joined())
                }
            }
        }
        if report.disagreements.isEmpty {
            lines.append("no disagreements")
        } else {
            lines.append(style.bold("Disagreements") + " (\(report.disagreements.count))")
            for d in report.disagreements {
                let ratings = report.reviewers.compactMap { name in
                    d.ratings[name].map { "\(ControlCharacters.visible(name)): \($0)" }
                }
                lines.append(
                    "  #\(d.number) \(d.id)  \(ratings.joined(separator: ", "))  “\(ClaimTable.truncate(d.text, 60))”")
            }
        }
        return lines.joined(separator: "\n")
    }
}
