import Foundation
import Glibc

/// An exclusive advisory lock (`flock`) on a document folder's `.lock` file, held while a writer
/// reads, compares and replaces files. The kernel releases it when the process dies, so a lock left
/// by a killed process never blocks the next session.
public final class DocumentLock {
    private let fd: Int32

    /// Waits for the lock (at most `timeout` seconds, then throws).
    public init(folder: URL, timeout: Double = 10) throws {
        let path = folder.appendingPathComponent(".lock").path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            throw ClaimCheckError.io(path: path, problem: "cannot open lock file: \(AtomicFile.errnoText())")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno != EWOULDBLOCK && errno != EINTR {
                close(fd)
                throw ClaimCheckError.io(path: path, problem: "cannot lock: \(AtomicFile.errnoText())")
            }
            if Date() > deadline {
                close(fd)
                throw ClaimCheckError.io(
                    path: path,
                    problem: "another claimcheck process has held this document's lock for \(Int(timeout)) s; try again"
                )
            }
            usleep(2_000)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// Runs `body` while holding the lock of `folder`.
    public static func with<T>(_ folder: URL, _ body: () throws -> T) throws -> T {
        let lock = try DocumentLock(folder: folder)
        defer { withExtendedLifetime(lock) {} }
        return try body()
    }
}
