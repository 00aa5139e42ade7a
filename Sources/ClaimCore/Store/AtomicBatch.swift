import Foundation
import Glibc

/// Many atomic file replacements for the price of one sync: every file is written to its own temporary file
/// (`add`, safe from many threads), then `commit` makes them all durable in one pass (`AtomicFile.syncFiles`),
/// renames each over its target and fsyncs each folder once. Each file is still replaced whole: a crash leaves
/// the old or the new version of every file, never a part. Temporary files not committed are removed when the
/// batch is released.
public final class AtomicBatch: @unchecked Sendable {
    private var pending: [(temporary: String, target: URL)] = []
    private let lock = NSLock()

    /// An empty batch.
    public init() {}

    /// Writes `data` to a temporary file beside `url`, to replace `url` at `commit`.
    public func add(_ data: Data, to url: URL) throws {
        let temporary = try AtomicFile.writeTemporary(data, for: url, sync: false)
        lock.lock()
        pending.append((temporary, url))
        lock.unlock()
    }

    /// One sync pass over every file added, then each renamed into place, then each folder fsynced.
    public func commit() throws {
        lock.lock()
        let files = pending
        pending = []
        lock.unlock()
        guard let first = files.first else { return }
        var renamed = 0
        defer {
            for file in files[renamed...] { unlink(file.temporary) }
        }
        try AtomicFile.syncFiles(files.map(\.temporary), in: first.target.deletingLastPathComponent())
        var folders = Set<String>()
        for file in files {
            guard rename(file.temporary, file.target.path) == 0 else {
                throw ClaimCheckError.io(path: file.target.path, problem: "rename failed: \(AtomicFile.errnoText())")
            }
            renamed += 1
            folders.insert(file.target.deletingLastPathComponent().path)
        }
        for folder in folders.sorted() { AtomicFile.syncDirectory(URL(fileURLWithPath: folder, isDirectory: true)) }
    }

    deinit {
        for file in pending { unlink(file.temporary) }
    }
}
