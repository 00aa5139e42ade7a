import Foundation
import ClaimCore

/// `claimcheck list`: a document's claims, filtered by kind and verdict; or, without a document,
/// every document of the workspace with its verdict tally.
public struct ListJob: Sendable {
    public let store: ClaimStore

    public init(workspace: Workspace) {
        store = ClaimStore(workspace: workspace)
    }

    /// Parses `--kind` values ("quantity", "quote", …) with a one-line error listing the allowed ones.
    public static func parseKind(_ s: String) throws -> ClaimKind {
        guard let kind = ClaimKind(rawValue: s.lowercased()) else {
            throw ClaimCheckError.badInput("--kind \(s)", reason: "unknown kind; use one of \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return kind
    }

    /// Parses `--verdict` values, aliases included.
    public static func parseVerdict(_ s: String) throws -> VerdictLabel {
        guard let label = VerdictLabel(parsing: s) else {
            throw ClaimCheckError.badInput("--verdict \(s)", reason: "unknown verdict; use one of \(VerdictLabel.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return label
    }

    /// The claims of `document` that have `kind` (if given) and `verdict` (if given), with the load problems.
    public func claims(of document: String, kind: ClaimKind? = nil, verdict: VerdictLabel? = nil) throws -> (claims: [Claim], problems: [ClaimCheckError]) {
        let loaded = try store.load(document)
        let selected = loaded.claims.filter { claim in
            (kind.map { claim.kinds.contains($0) } ?? true) && (verdict.map { claim.verdict.label == $0 } ?? true)
        }
        return (selected, loaded.problems)
    }

    /// `--json`: the selected claims as a pretty JSON array, in the claim file format.
    public func json(_ claims: [Claim]) throws -> String {
        String(decoding: try ClaimCoding.encode(claims), as: UTF8.self)
    }

    /// One line per document: slug, claim count, tally, title.
    public func documentsTable(style: TextStyle = .plain) -> String {
        let slugs = store.workspace.documentSlugs()
        guard !slugs.isEmpty else { return "" }
        var out = ""
        let width = max(8, slugs.map(\.count).max() ?? 8)
        for slug in slugs {
            guard let loaded = try? store.load(slug) else {
                out += slug.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + style.red("unreadable (run 'claimcheck check \(slug)')") + "\n"
                continue
            }
            let tally = VerdictTally(loaded.claims)
            out += style.bold(slug.padding(toLength: width, withPad: " ", startingAt: 0)) + "  "
                + "\(loaded.claims.count) claims  " + tally.summary + (loaded.info.title.map { "  — \($0)" } ?? "") + "\n"
        }
        return out
    }
}
