import Foundation
import Glibc

/// Many atomic file replacements for the price of one sync: every file is written to its own temporary file
/// (`add`, safe from many threads), then `commit` makes them all durable in one pass (`AtomicFile.syncFiles`),
/// renames each over its target, removes the files to delete and fsyncs each folder once. Each file is replaced
/// whole. Temporary files not committed are removed when the batch is released.
///
/// With a journal folder (every target in that one folder) the batch is also all-or-nothing across its files: after
/// the sync, a journal (`.batch-PID-N.journal`: the renames and deletions still to do) is made durable before the
/// first rename, and removed after the last. A process killed in between leaves the journal and the synced temporary
/// files; `rollForward` (run by the next writer, reader or `check`) finishes the renames and deletions, so nobody
/// sees half a re-extraction for longer than it takes to notice.
public final class AtomicBatch: @unchecked Sendable {
    private var pending: [(temporary: String, target: URL)] = []
    private var deletions: [String] = []
    private let journalFolder: URL?
    private let lock = NSLock()

    /// An empty batch; `journal`: the one folder all its files are in, to make the batch all-or-nothing.
    public init(journal: URL? = nil) {
        journalFolder = journal
    }

    /// Writes `data` to a temporary file beside `url`, to replace `url` at `commit`.
    public func add(_ data: Data, to url: URL) throws {
        let temporary = try AtomicFile.writeTemporary(data, for: url, sync: false)
        lock.lock()
        pending.append((temporary, url))
        lock.unlock()
    }

    /// Removes the file `name` of the journal folder at `commit`, after the renames.
    public func delete(_ name: String) {
        lock.lock()
        deletions.append(name)
        lock.unlock()
    }

    /// One sync pass over every file added, the journal (if any), then each renamed into place, the deletions,
    /// and each folder fsynced.
    public func commit() throws {
        lock.lock()
        let files = pending
        let deletions = self.deletions
        pending = []
        self.deletions = []
        lock.unlock()
        guard let first = files.first else { return }
        var renamed = 0
        defer {
            for file in files[renamed...] { unlink(file.temporary) }
        }
        try AtomicFile.syncFiles(files.map(\.temporary), in: first.target.deletingLastPathComponent())
        var journal: URL?
        if let folder = journalFolder {
            let name = ".batch-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).journal"
            var lines = files.map {
                "R\t\(($0.temporary as NSString).lastPathComponent)\t\($0.target.lastPathComponent)"
            }
            lines += deletions.map { "D\t\($0)" }
            journal = folder.appendingPathComponent(name, isDirectory: false)
            try AtomicFile.write(Data((lines.joined(separator: "\n") + "\n").utf8), to: journal!)
        }
        var folders = Set<String>()
        for file in files {
            guard rename(file.temporary, file.target.path) == 0 else {
                // With a journal the rest is rolled forward later; without one each file stands alone.
                if journal != nil { renamed = files.count }
                throw ClaimCheckError.io(path: file.target.path, problem: "rename failed: \(AtomicFile.errnoText())")
            }
            renamed += 1
            folders.insert(file.target.deletingLastPathComponent().path)
        }
        if let folder = journalFolder {
            for name in deletions { unlink(folder.path + "/" + name) }
        }
        for folder in folders.sorted() { AtomicFile.syncDirectory(URL(fileURLWithPath: folder, isDirectory: true)) }
        if let journal { unlink(journal.path) }
    }

    /// Finishes the batches of `folder` whose process is gone (their journal is there): renames the temporary files
    /// still waiting, removes the files to delete, fsyncs the folder and removes the journal. Idempotent, safe
    /// alongside another process doing the same. Returns how many batches were finished.
    @discardableResult
    public static func rollForward(in folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var finished = 0
        for name in names where name.hasPrefix(".batch-") && name.hasSuffix(".journal") {
            let parts = name.dropFirst(".batch-".count).split(separator: "-")
            guard let pid = parts.first.flatMap({ Int32($0) }), AtomicFile.isGone(pid) else { continue }
            let path = folder.path + "/" + name
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                let fields = line.split(separator: "\t").map(String.init)
                if fields.count == 3, fields[0] == "R", Self.plainName(fields[1]), Self.plainName(fields[2]) {
                    rename(folder.path + "/" + fields[1], folder.path + "/" + fields[2])
                } else if fields.count == 2, fields[0] == "D", Self.plainName(fields[1]) {
                    unlink(folder.path + "/" + fields[1])
                }
            }
            AtomicFile.syncDirectory(folder)
            unlink(path)
            finished += 1
        }
        return finished
    }

    /// A file name of the folder itself (a journal never names anything elsewhere).
    private static func plainName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && name != "." && name != ".."
    }

    deinit {
        for file in pending { unlink(file.temporary) }
    }
}
