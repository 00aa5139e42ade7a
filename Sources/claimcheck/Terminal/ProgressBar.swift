import Foundation

/// `[#########.........]  12/40` on stderr, redrawn in place (only ever shown on a terminal). Callers serialise
/// their calls; a bar fed from many threads is told under the caller's lock.
final class ProgressBar: @unchecked Sendable {
    private var lastDrawn = Date.distantPast

    /// Draws `done` of `total`.
    func show(_ done: Int, of total: Int) {
        draw(total == 0 ? 1 : Double(done) / Double(total), "\(done)/\(total)")
    }

    /// Draws the bar at `fraction` (0…1; nil: no bar, text only) followed by `text`, at most ten times a second.
    func show(_ fraction: Double?, _ text: String) {
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        draw(fraction, text)
    }

    /// Clears the line.
    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func draw(_ fraction: Double?, _ text: String) {
        let width = 30
        var line = "\r"
        if let fraction {
            let filled = max(0, min(width, Int(fraction * Double(width))))
            line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
        }
        FileHandle.standardError.write(Data((line + text + "\u{1B}[K").utf8))
    }
}
