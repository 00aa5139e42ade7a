import Foundation

/// Renders many independent pieces (the claim cards) on every core and joins them in order.
enum ParallelRender {
    /// `render(0) + render(1) + … + render(count - 1)`, computed in chunks on all cores.
    static func joined(count: Int, _ render: @Sendable (Int) -> String) -> String {
        guard count > 0 else { return "" }
        let chunks = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 4)
        let results = Results(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            var text = ""
            for index in range { text += render(index) }
            results.set(chunk, text)
        }
        return results.joined()
    }

    /// The chunks' texts; each slot is written once, under the lock.
    private final class Results: @unchecked Sendable {
        private var texts: [String]
        private let lock = NSLock()

        init(count: Int) { texts = Array(repeating: "", count: count) }

        func set(_ index: Int, _ text: String) {
            lock.lock()
            texts[index] = text
            lock.unlock()
        }

        func joined() -> String {
            lock.lock()
            defer { lock.unlock() }
            return texts.joined()
        }
    }
}
