import Foundation
import Glibc

/// Crash-safe file replacement: write a temporary file in the same folder, fsync it, rename it over
/// the target, fsync the folder. A crash at any moment leaves either the old or the new file.
public enum AtomicFile {
    /// Replaces `url` with `data`. `syncFolder: false` leaves the folder's fsync to the caller, who writes
    /// many files of one folder and calls `syncDirectory` once after the last (each file is still whole).
    public static func write(_ data: Data, to url: URL, syncFolder: Bool = true) throws {
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(tmp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            throw ClaimCheckError.io(path: url.path, problem: "cannot create a temporary file: \(errnoText())")
        }
        var ok = false
        defer {
            if !ok { unlink(tmp.path) }
        }
        do {
            try data.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw ClaimCheckError.io(path: url.path, problem: "write failed: \(errnoText())")
                    }
                    offset += n
                }
            }
            guard fsync(fd) == 0 else {
                throw ClaimCheckError.io(path: url.path, problem: "fsync failed: \(errnoText())")
            }
        } catch {
            close(fd)
            throw error
        }
        close(fd)
        guard rename(tmp.path, url.path) == 0 else {
            throw ClaimCheckError.io(path: url.path, problem: "rename failed: \(errnoText())")
        }
        ok = true
        if syncFolder { syncDirectory(dir) }
    }

    /// fsyncs a directory so that a rename or a new file in it survives a crash.
    public static func syncDirectory(_ dir: URL) {
        let dfd = open(dir.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    /// Removes temporary files left in `folder` by writers that were killed mid-write (their process is gone).
    /// They were never renamed into place, so no reader ever saw them.
    @discardableResult
    public static func removeAbandonedTemporaries(in folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var removed = 0
        for name in names where name.hasPrefix(".") && name.contains(".tmp-") {
            let parts = name.components(separatedBy: ".tmp-").last?.split(separator: "-") ?? []
            guard let pid = parts.first.flatMap({ Int32($0) }) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH, unlink(folder.appendingPathComponent(name).path) == 0
            {
                removed += 1
            }
        }
        return removed
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
