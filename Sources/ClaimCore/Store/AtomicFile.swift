import Foundation
import Glibc

/// Crash-safe file replacement: write a temporary file in the same folder, fsync it, rename it over
/// the target, fsync the folder. A crash at any moment leaves either the old or the new file. Many files at
/// once: `AtomicBatch` (one sync pass for all of them).
public enum AtomicFile {
    /// Replaces `url` with `data`. `syncFolder: false` leaves the folder's fsync to the caller, who writes
    /// many files of one folder and calls `syncDirectory` once after the last (each file is still whole).
    public static func write(_ data: Data, to url: URL, syncFolder: Bool = true) throws {
        let tmp = try writeTemporary(data, for: url, sync: true)
        guard rename(tmp, url.path) == 0 else {
            let problem = "rename failed: \(errnoText())"
            unlink(tmp)
            throw ClaimCheckError.io(path: url.path, problem: problem)
        }
        if syncFolder { syncDirectory(url.deletingLastPathComponent()) }
    }

    /// Replaces `url` with `data` atomically (temporary file, rename) but without fsyncs: for a scratch file whose
    /// durability another program owns — git's merge driver writes its result into git's temporary `%A`, which git
    /// reads back into its object store. A reader sees the old or the new file, never a part.
    public static func replaceScratch(_ data: Data, at url: URL) throws {
        let tmp = try writeTemporary(data, for: url, sync: false)
        guard rename(tmp, url.path) == 0 else {
            let problem = "rename failed: \(errnoText())"
            unlink(tmp)
            throw ClaimCheckError.io(path: url.path, problem: problem)
        }
    }

    /// Writes `data` to a fresh temporary file beside `url` (`.NAME.tmp-PID-N`, which `removeAbandonedTemporaries`
    /// recognises), fsynced when `sync`, and returns its path; on failure nothing is left behind.
    static func writeTemporary(_ data: Data, for url: URL, sync: Bool) throws -> String {
        // A string path: URL.appendingPathComponent would ask the file system whether the name is a folder.
        let path = url.path
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let tmp = "\(path[..<slash]).\(path[slash...]).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try writeNew(data, at: tmp, shownAs: url.path, sync: sync)
        return tmp
    }

    /// Creates `path` (which must not exist, and is never followed as a link) holding `data`, fsynced when `sync`;
    /// errors name `shownAs`. On failure the file is removed.
    static func writeNew(_ data: Data, at path: String, shownAs: String, sync: Bool) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            throw ClaimCheckError.io(path: shownAs, problem: "cannot create a temporary file: \(errnoText())")
        }
        do {
            try data.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw ClaimCheckError.io(path: shownAs, problem: "write failed: \(errnoText())")
                    }
                    offset += n
                }
            }
            if sync, fsync(fd) != 0 {
                throw ClaimCheckError.io(path: shownAs, problem: "fsync failed: \(errnoText())")
            }
        } catch {
            close(fd)
            unlink(path)
            throw error
        }
        close(fd)
    }

    /// Makes every file written so far to the file system holding `folder` durable in one pass: `syncfs` (one
    /// journal commit for thousands of files), else an `fsync` of each of `files`. Throws naming `folder`.
    public static func syncFiles(_ files: [String], in folder: URL) throws {
        let dfd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            defer { close(dfd) }
            if let syncfs = syncFileSystem, syncfs(dfd) == 0 { return }
        }
        for file in files {
            let fd = open(file, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            guard fsync(fd) == 0 else {
                throw ClaimCheckError.io(path: folder.path, problem: "fsync failed: \(errnoText())")
            }
        }
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
            if isGone(pid), unlink(folder.appendingPathComponent(name).path) == 0 {
                removed += 1
            }
        }
        return removed
    }

    /// glibc's `syncfs(2)`, looked up at run time (Swift's Glibc module hides it behind `_GNU_SOURCE`).
    private static let syncFileSystem: (@convention(c) (Int32) -> Int32)? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Whether process `pid` no longer exists (and is not this one): what it left behind is abandoned.
    static func isGone(_ pid: Int32) -> Bool {
        pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
