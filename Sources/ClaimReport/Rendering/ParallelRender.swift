import ClaimCore

/// Writes many independent pieces of HTML (the claim cards, the JSON-LD blocks) on every core and
/// joins them in order.
enum ParallelRender {
    /// What `write(0, …)`, `write(1, …)`, … `write(count - 1, …)` write, in that order; each chunk of
    /// consecutive indices (see `Parallel.chunks`) with its own writer. The first error is rethrown.
    static func writer(count: Int, _ write: @Sendable (Int, inout HTMLWriter) throws -> Void) throws -> HTMLWriter {
        let writers = try Parallel.chunks(count) { range in
            var out = HTMLWriter()
            for index in range { try write(index, &out) }
            return out
        }
        var all = HTMLWriter(capacity: writers.reduce(0) { $0 + $1.bytes.count })
        for writer in writers { all.append(writer) }
        return all
    }
}
