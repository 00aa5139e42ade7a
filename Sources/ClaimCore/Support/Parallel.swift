import Dispatch
import Foundation

/// Runs independent work on every core and gives the results back in order: the loading of a
/// document's claim files, and the report's per-claim HTML.
public enum Parallel {
    /// `body` applied to consecutive chunks of `0..<count` (about four per core, so a slow chunk does not
    /// leave cores idle), the chunks' results in order. The first error, in chunk order, is rethrown
    /// after every chunk has finished.
    public static func chunks<T>(_ count: Int, _ body: @Sendable (Range<Int>) throws -> T) throws -> [T] {
        guard count > 0 else { return [] }
        let chunks = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 4)
        let slots = Slots<T>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            slots.set(chunk, Result { try body(range) })
        }
        return try slots.values()
    }

    /// `(0..<count).map(transform)` computed on every core.
    public static func map<T>(_ count: Int, _ transform: @Sendable (Int) throws -> T) throws -> [T] {
        try chunks(count) { range in try range.map(transform) }.flatMap { $0 }
    }

    /// One result per chunk; each slot is set once, under the lock.
    private final class Slots<T>: @unchecked Sendable {
        private var results: [Result<T, any Error>?]
        private let lock = NSLock()

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result<T, any Error>) {
            lock.lock()
            results[index] = result
            lock.unlock()
        }

        func values() throws -> [T] {
            lock.lock()
            defer { lock.unlock() }
            return try results.map { try $0!.get() }
        }
    }
}
