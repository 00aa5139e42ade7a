import ClaimCore
import Foundation

/// The running totals of a bulk extraction (thread-safe): each finished article counted once, its outcome handed
/// to the caller's `emit` and the progress reported, all under one lock so output never interleaves.
final class BulkTally: @unchecked Sendable {
    private let lock = NSLock()
    private var totals = BulkExtractJob.Summary()
    private var done = 0
    private let started = Date()
    private let feed: BulkFeed
    private let progress: (@Sendable (BulkExtractJob.Progress) -> Void)?

    /// Totals over `feed`'s articles; `progress` is told after each.
    init(feed: BulkFeed, progress: (@Sendable (BulkExtractJob.Progress) -> Void)?) {
        self.feed = feed
        self.progress = progress
    }

    /// Counts an article's outcome (a failure if `emit` throws).
    func record(
        _ result: Result<BulkExtractJob.Article, ClaimCheckError>,
        emit: (@Sendable (BulkExtractJob.Article) throws -> Void)?
    ) {
        lock.lock()
        defer { lock.unlock() }
        switch result {
        case .failure(let problem): totals.failures.append(problem)
        case .success(let article):
            do {
                try emit?(article)
            } catch {
                totals.failures.append(
                    error as? ClaimCheckError ?? .io(path: "standard output", problem: "\(error)"))
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

    /// Counts an article that could not be used.
    func fail(_ problem: ClaimCheckError) {
        record(.failure(problem), emit: nil)
    }

    /// The totals, with the time taken and the bytes read.
    func summary() -> BulkExtractJob.Summary {
        lock.lock()
        defer { lock.unlock() }
        var summary = totals
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
