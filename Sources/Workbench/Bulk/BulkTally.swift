import ClaimCore
import Foundation

/// The running totals of a bulk extraction (thread-safe): each finished article counted once, its outcome handed
/// to the caller's `emit` and the progress reported, all under one lock so output never interleaves.
final class BulkTally: @unchecked Sendable {
    private let lock = NSLock()
    private var totals = BulkExtractJob.Summary()
    /// The failures with their place in the input, put in input order at the end.
    private var failures: [(order: Int, problem: ClaimCheckError)] = []
    private var done = 0
    private let started = Date()
    private let feed: BulkFeed
    private let progress: (@Sendable (BulkExtractJob.Progress) -> Void)?

    /// Totals over `feed`'s articles; `progress` is told after each.
    init(feed: BulkFeed, progress: (@Sendable (BulkExtractJob.Progress) -> Void)?) {
        self.feed = feed
        self.progress = progress
    }

    /// Counts the outcome of the article at `order` in the input (a failure if `emit` throws).
    func record(
        _ result: Result<BulkExtractJob.Article, ClaimCheckError>, order: Int,
        emit: (@Sendable (BulkExtractJob.Article) throws -> Void)?
    ) {
        lock.lock()
        defer { lock.unlock() }
        switch result {
        case .failure(let problem): failures.append((order, problem))
        case .success(let article):
            do {
                try emit?(article)
            } catch {
                failures.append((order, error as? ClaimCheckError ?? .io(path: "standard output", problem: "\(error)")))
            }
            totals.claims += article.claims.count
            switch article.status {
            case .new?: totals.new += 1
            case .updated?: totals.updated += 1
            case .unchanged?: totals.unchanged += 1
            case nil: totals.extracted += 1
            }
        }
        advance()
    }

    /// Counts the article at `order` that could not be used.
    func fail(_ problem: ClaimCheckError, order: Int) {
        record(.failure(problem), order: order, emit: nil)
    }

    /// The totals, with the time taken and the bytes read.
    func summary() -> BulkExtractJob.Summary {
        lock.lock()
        defer { lock.unlock() }
        var summary = totals
        summary.failures = failures.sorted { $0.order < $1.order }.map(\.problem)
        summary.seconds = Date().timeIntervalSince(started)
        summary.bytes = feed.bytesRead
        return summary
    }

    private func advance() {
        done += 1
        guard let progress else { return }
        progress(
            .init(
                done: done, total: feed.total, bytesRead: feed.bytesRead, bytesTotal: feed.bytesTotal,
                elapsed: Date().timeIntervalSince(started)))
    }
}
