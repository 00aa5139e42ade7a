#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C in an interactive review: SIGINT sets a flag instead of ending the process. At the prompt the
/// line being typed is dropped and a fresh prompt shown; during a fetch the fetch is cancelled. Installed
/// only for an interactive terminal session: a piped script still stops on Ctrl-C as any filter does.
enum Interrupts {
    nonisolated(unsafe) private static var pending: sig_atomic_t = 0

    /// Catches SIGINT from now on (without SA_RESTART, so that a blocking read returns with EINTR).
    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupts.pending = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Whether Ctrl-C was pressed since the last call; clears the flag.
    static func take() -> Bool {
        guard pending != 0 else { return false }
        pending = 0
        return true
    }
}
