import Foundation
import Workbench

/// A one-line spinner with the elapsed time on standard error while a fetch runs ("⠙ fetching … 3.4 s — Ctrl-C
/// cancels"), drawn only on a terminal and only after a short grace period; erased when the fetch ends.
final class Spinner: @unchecked Sendable {
    private let frames = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")
    private let lock = NSLock()
    private var frame = 0
    private var drawn = false
    let grace: Double

    init(grace: Double = 0.3) {
        self.grace = grace
    }

    func draw(_ what: String, elapsed: Double) {
        guard elapsed >= grace else { return }
        lock.withLock {
            frame = (frame + 1) % frames.count
            drawn = true
            let label = TerminalText.safe(String(what.prefix(max(10, Console.width - 34))))
            write("\r\u{1B}[K\(frames[frame]) \(label) \(String(format: "%.1f", elapsed)) s — Ctrl-C cancels")
        }
    }

    func erase() {
        lock.withLock {
            if drawn { write("\r\u{1B}[K") }
            drawn = false
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
