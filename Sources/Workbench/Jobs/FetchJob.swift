import ClaimCore

/// `claimcheck fetch DOC`: refetches every evidence link of a document, archives what changed, records
/// `checkedAt` on every link tried, and returns the outcome grouped by claim (`RefreshSummary.groups`).
public struct FetchJob: Sendable {
    /// The transfers at once a user may ask for.
    public static let concurrencyRange = 1...64

    /// The evidence use case shared with the REPL.
    public let desk: EvidenceDesk

    /// Refreshes the evidence of `workspace`'s documents with the default fetch policy.
    public init(workspace: Workspace) {
        desk = EvidenceDesk(workspace: workspace)
    }

    /// Refreshes `document`'s links, `concurrency` at a time; `progress` is told (done, total) as transfers end.
    /// Every link tried (fetched, unchanged or failed) gets this run's `checkedAt`.
    public func run(
        document: String, reviewer: String, concurrency: Int = 8,
        progress: ((Int, Int) -> Void)? = nil
    ) throws -> RefreshSummary {
        guard Self.concurrencyRange.contains(concurrency) else {
            throw ClaimCheckError.badInput(
                "--concurrency \(concurrency)",
                reason: "must be between \(Self.concurrencyRange.lowerBound) and \(Self.concurrencyRange.upperBound)")
        }
        return try desk.refresh(
            document: try Slug.validate(document), by: reviewer, concurrency: concurrency, progress: progress)
    }
}

extension RefreshSummary {
    /// The plain text `fetch` prints: each claim's heading, then its links' lines indented, then any problem.
    public var groupedLines: [String] {
        groups.flatMap { [$0.heading] + $0.reports.map { "  " + $0.line } } + problems
    }

    /// Whether `fetch` should exit non-zero: a failed link or an unreadable claim always counts, a dead
    /// link (404, 410, unknown host) unless `allowingDead`.
    public func failed(allowingDead: Bool) -> Bool {
        failed > 0 || !problems.isEmpty || (dead > 0 && !allowingDead)
    }
}
