import ClaimCore

/// Writes many independent pieces of HTML (the claim cards, the JSON-LD blocks) on every core.
enum ParallelRender {
    /// What `write(0, …)`, `write(1, …)`, … `write(count - 1, …)` write, as one writer per chunk of
    /// consecutive indices (see `Parallel.chunks`), in order; append them to the page one after the
    /// other. The first error is rethrown.
    static func chunks(count: Int, _ write: @Sendable (Int, inout HTMLWriter) throws -> Void) throws -> [HTMLWriter] {
        try Parallel.chunks(count) { range in
            var out = HTMLWriter()
            for index in range { try write(index, &out) }
            return out
        }
    }
}
