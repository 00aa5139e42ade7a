import ClaimCore
import Foundation

/// `claimcheck list`: a document's claims, filtered by kind and verdict; or, without a document,
/// every document of the workspace with its verdict tally.
public struct ListJob: Sendable {
    /// The claims `list DOC` selected, and the claim files that could not be read (as warning lines).
    public struct Selection: Sendable {
        /// The claims that passed the filter, in article order, then orphaned ones.
        public var claims: [Claim]
        /// One line per claim file that could not be read (those claims are skipped).
        public var warnings: [String]
    }

    /// The store of the workspace listed.
    public let store: ClaimStore

    /// Lists the documents and claims of `workspace`.
    public init(workspace: Workspace) {
        store = ClaimStore(workspace: workspace)
    }

    /// Parses `--kind` values ("quantity", "quote", …) with a one-line error listing the allowed ones.
    public static func parseKind(_ s: String) throws -> ClaimKind {
        guard let kind = ClaimKind(rawValue: s.lowercased()) else {
            throw ClaimCheckError.badInput(
                "--kind \(s)",
                reason: "unknown kind; use one of \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return kind
    }

    /// Parses `--verdict` values, aliases included.
    public static func parseVerdict(_ s: String) throws -> VerdictLabel {
        guard let label = VerdictLabel(parsing: s) else {
            throw ClaimCheckError.badInput(
                "--verdict \(s)",
                reason: "unknown verdict; use one of \(VerdictLabel.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return label
    }

    /// The claims of `document` that have `kind` (if given) and `verdict` (if given), as typed; with `recheck`, only
    /// those whose verdict waits for a re-check; with `disputed`, only disputed ones.
    public func claims(
        of document: String, kind: String? = nil, verdict: String? = nil, recheck: Bool = false, disputed: Bool = false
    ) throws -> Selection {
        let filter = ClaimFilter(
            kind: try kind.map(Self.parseKind), verdict: try verdict.map(Self.parseVerdict), recheck: recheck,
            disputed: disputed)
        return try claims(of: document, filter: filter)
    }

    /// The claims of `document` that pass `filter`, with the load problems.
    public func claims(of document: String, filter: ClaimFilter) throws -> Selection {
        let loaded = try store.load(try Slug.validate(document))
        return Selection(
            claims: filter.apply(loaded.claims),
            warnings: loaded.problems.map { "warning: \(ErrorAdvice.line(for: $0)) (skipped)" })
    }

    /// `--json`: the selected claims as a pretty JSON array, in the claim file format.
    public func json(_ claims: [Claim]) throws -> String {
        String(decoding: try ClaimCoding.encode(claims), as: UTF8.self)
    }

    /// Refuses options that need a document when none is given.
    public static func checkWithoutDocument(kind: String?, verdict: String?, json: Bool) throws {
        if kind != nil || verdict != nil || json {
            throw ClaimCheckError.badInput(
                "list",
                reason: "--kind, --verdict, --recheck, --disputed and --json need a document: claimcheck list DOC")
        }
    }

    /// One line per document: slug, claim count, tally, whether the article changed after review, title; a hint
    /// when the workspace has none.
    public func documentsTable(style: TextStyle = .plain) -> String {
        let slugs = store.workspace.documentSlugs()
        guard !slugs.isEmpty else {
            return "no documents in \(store.workspace.claimsFolder.path) (run 'claimcheck extract ARTICLE' first)"
        }
        var out = ""
        let width = max(8, slugs.map(\.count).max() ?? 8)
        for slug in slugs {
            guard let loaded = try? store.load(slug) else {
                out +=
                    slug.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + style.red("unreadable (run 'claimcheck check \(slug)')") + "\n"
                continue
            }
            let tally = VerdictTally(loaded.claims)
            let changed = !ReviewTimeline.changesAfterReview(loaded.info, claims: loaded.claims).isEmpty
            let disputed = loaded.claims.filter(\.isDisputed).count
            out +=
                style.bold(slug.padding(toLength: width, withPad: " ", startingAt: 0)) + "  "
                + "\(tally.total) claims  " + tally.summary
                + (disputed > 0 ? "  " + style.yellow("\(disputed) disputed") : "")
                + (changed ? "  " + style.yellow("(article changed after review: 'claimcheck diff \(slug)')") : "")
                + (loaded.info.title.map { "  — \($0)" } ?? "") + "\n"
        }
        return out
    }
}
