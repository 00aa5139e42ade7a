import ClaimCore

/// `claimcheck verify [DOC]`: checks every claim's chain of history entries and the document's ledger
/// (`ClaimStore.verifyRecord`), upgrading an old document the first time, and prints one line per break.
public struct VerifyJob: Sendable {
    /// The workspace whose documents are verified.
    public let workspace: Workspace
    /// Who runs the check (named in the ledger if it upgrades an old document).
    public let reviewer: String

    /// A check of `workspace` run by `reviewer`.
    public init(workspace: Workspace, reviewer: String = "claimcheck") {
        self.workspace = workspace
        self.reviewer = reviewer
    }

    /// What `run` found: the text to print and whether every record holds.
    public struct Outcome: Sendable, Equatable {
        /// One line per break, one per upgraded document, then a summary line per document.
        public var text: String
        /// True when no document has a break.
        public var ok: Bool
        /// The breaks' kinds, in order (for tests and tools).
        public var kinds: [String]
    }

    /// The per-document reports.
    public func reports(document: String?) throws -> [RecordReport] {
        let store = ClaimStore(workspace: workspace)
        if let document { return [try store.verifyRecord(try Slug.validate(document), by: reviewer)] }
        return try workspace.documentSlugs().map { try store.verifyRecord($0, by: reviewer) }
    }

    /// Verifies one document, or every document of the workspace.
    public func run(document: String?) throws -> Outcome {
        let reports = try reports(document: document)
        if reports.isEmpty {
            return Outcome(
                text: "no documents in \(workspace.claimsFolder.path) (run 'claimcheck extract' first)", ok: true,
                kinds: [])
        }
        var lines: [String] = []
        for report in reports {
            if report.upgraded > 0 {
                lines.append(
                    "\(report.document): upgraded to a verifiable record (\(report.upgraded) history entr\(report.upgraded == 1 ? "y" : "ies") chained and written to the ledger)"
                )
            }
            lines += report.breaks.map(\.message)
            let verdict =
                report.breaks.isEmpty
                ? "record holds" : "\(report.breaks.count) break\(report.breaks.count == 1 ? "" : "s")"
            lines.append(
                "\(report.document): \(report.claims) claim\(report.claims == 1 ? "" : "s"), \(report.entries) entr\(report.entries == 1 ? "y" : "ies"), \(report.ledgerLines) ledger line\(report.ledgerLines == 1 ? "" : "s"): \(verdict); fingerprint \(report.fingerprint ?? "none")"
            )
        }
        let breaks = reports.flatMap(\.breaks)
        return Outcome(text: lines.joined(separator: "\n"), ok: breaks.isEmpty, kinds: breaks.map(\.kind.rawValue))
    }
}
