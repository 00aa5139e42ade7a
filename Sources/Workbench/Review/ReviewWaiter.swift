import Foundation

/// Set once when the reviewer cancels a long command (Ctrl-C during a fetch); read from any thread.
public final class CancelFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    /// A flag not yet set.
    public init() {}

    /// Whether the work was cancelled.
    public var isSet: Bool { lock.withLock { value } }

    /// Cancels the work.
    public func set() { lock.withLock { value = true } }
}

/// Runs a long piece of work (a fetch) for the session. The terminal's waiter runs it on a worker thread,
/// shows a spinner with the elapsed time and returns nil as soon as the reviewer presses Ctrl-C, after
/// setting `cancel` so that the work saves nothing.
public protocol ReviewWaiter {
    /// The work's result, or nil when it was cancelled.
    func wait<T: Sendable>(for what: String, cancel: CancelFlag, _ work: @escaping @Sendable () -> T) -> T?
}

/// Runs the work on the calling thread: piped scripts and tests, where nothing can interrupt.
public struct InlineWaiter: ReviewWaiter {
    /// The waiter for scripts and tests.
    public init() {}

    /// Runs `work` here and now; nil if it was cancelled meanwhile.
    public func wait<T: Sendable>(for what: String, cancel: CancelFlag, _ work: @escaping @Sendable () -> T) -> T? {
        let result = work()
        return cancel.isSet ? nil : result
    }
}

/// Runs the work on a worker thread and polls `interrupted` every `tick` seconds, calling `progress` with the
/// elapsed seconds; when `interrupted` answers true the work is cancelled and abandoned (it saves nothing and
/// ends on its own timeout). The terminal wires `interrupted` to SIGINT and `progress` to a spinner.
public struct ThreadWaiter: ReviewWaiter {
    /// Seconds between two looks at `interrupted` (and two spinner frames).
    public let tick: Double
    /// Whether Ctrl-C was pressed since the last call.
    public let interrupted: @Sendable () -> Bool
    /// Called every tick with what runs and the seconds elapsed (the spinner).
    public let progress: @Sendable (_ what: String, _ elapsed: Double) -> Void
    /// Called once the wait ends, however it ends (erases the spinner).
    public let finished: @Sendable () -> Void

    /// A waiter polling `interrupted` every `tick` seconds.
    public init(
        tick: Double = 0.1, interrupted: @escaping @Sendable () -> Bool,
        progress: @escaping @Sendable (String, Double) -> Void = { _, _ in },
        finished: @escaping @Sendable () -> Void = {}
    ) {
        self.tick = tick
        self.interrupted = interrupted
        self.progress = progress
        self.finished = finished
    }

    /// Runs `work` on a worker thread; nil as soon as `interrupted` answers true.
    public func wait<T: Sendable>(for what: String, cancel: CancelFlag, _ work: @escaping @Sendable () -> T) -> T? {
        let box = ResultBox<T>()
        let thread = Thread {
            box.value = work()
            box.done.signal()
        }
        thread.stackSize = 4 << 20
        thread.start()
        let start = Date()
        defer { finished() }
        while box.done.wait(timeout: .now() + tick) == .timedOut {
            if interrupted() {
                cancel.set()
                return nil
            }
            progress(what, Date().timeIntervalSince(start))
        }
        return cancel.isSet ? nil : box.value
    }
}

/// The worker's result, handed over through a semaphore (the signal orders the write before the read).
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
    let done = DispatchSemaphore(value: 0)
}
