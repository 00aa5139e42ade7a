import Foundation

/// Writes many independent pieces of HTML (the claim cards, the JSON-LD blocks) on every core and
/// joins them in order.
enum ParallelRender {
    /// What `write(0, …)`, `write(1, …)`, … `write(count - 1, …)` write, in that order; computed in
    /// chunks of consecutive indices, each chunk with its own writer, on all cores. The first error
    /// (in index order) is rethrown.
    static func writer(count: Int, _ write: @Sendable (Int, inout HTMLWriter) throws -> Void) throws -> HTMLWriter {
        guard count > 0 else { return HTMLWriter() }
        let chunks = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 4)
        let results = Results(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            var out = HTMLWriter()
            do {
                for index in range { try write(index, &out) }
                results.set(chunk, .success(out))
            } catch {
                results.set(chunk, .failure(error))
            }
        }
        return try results.joined()
    }

    /// `writer(count:_:)` as a string.
    static func joined(count: Int, _ write: @Sendable (Int, inout HTMLWriter) throws -> Void) throws -> String {
        try writer(count: count, write).html
    }

    /// Each chunk's writer or error; each slot is set once, under the lock.
    private final class Results: @unchecked Sendable {
        private var slots: [Result<HTMLWriter, any Error>]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: .success(HTMLWriter()), count: count) }

        func set(_ index: Int, _ result: Result<HTMLWriter, any Error>) {
            lock.lock()
            slots[index] = result
            lock.unlock()
        }

        func joined() throws -> HTMLWriter {
            lock.lock()
            defer { lock.unlock() }
            let writers = try slots.map { try $0.get() }
            var all = HTMLWriter(capacity: writers.reduce(0) { $0 + $1.bytes.count })
            for writer in writers { all.append(writer) }
            return all
        }
    }
}
