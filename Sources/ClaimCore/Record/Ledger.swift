import Foundation
import Glibc

/// One line of a document's `ledger.jsonl`: a history entry saved (or, for `removed`, a claim deleted by a
/// re-extraction), written as canonical JSON.
public struct LedgerLine: Codable, Hashable, Sendable {
    /// The history action of the entry; `upgrade` for an entry sealed by the upgrade of an old workspace;
    /// `removed` for a claim a re-extraction deleted (its last entry's hash in `entry`).
    public var action: String
    /// The entry's time (the upgrade's or the removal's time for those lines).
    public var at: String
    /// The entry's author (whoever ran the upgrade or the re-extraction for those lines).
    public var by: String
    /// The claim id.
    public var claim: String
    /// `ClaimRecord.entryHash` of the entry.
    public var entry: String
    /// `ClaimRecord.State.fields` of the claim after the entry, when the entry has a state.
    public var fields: [String: String]?
    /// The hash of the previous ledger line (its bytes), or `Ledger.genesis` for the first line.
    public var prev: String
    /// `ClaimRecord.State.fields` of the claim as it was on disk before this write (on the first line of a write
    /// to an existing claim): equal to the previous entry's `fields` unless the file was edited in between.
    public var before: [String: String]?

    /// A line; `prev` is set by `Ledger.append`.
    public init(
        action: String, at: String, by: String, claim: String, entry: String, fields: [String: String]? = nil,
        prev: String = ""
    ) {
        self.action = action
        self.at = at
        self.by = by
        self.claim = claim
        self.entry = entry
        self.fields = fields
        self.prev = prev
    }

    /// A line read straight from its JSON when every string in it is plain (no escapes) and every field has its
    /// type; nil otherwise (the caller then decodes it the general way).
    init?(canonical bytes: [UInt8]) {
        guard let members = try? CanonicalJSON.members(bytes) else { return nil }
        func plain(_ value: [UInt8]) -> String? {
            guard value.count >= 2, value.first == 0x22, value.last == 0x22, !value.contains(0x5c) else { return nil }
            return String(decoding: value[1..<(value.count - 1)], as: UTF8.self)
        }
        func object(_ value: [UInt8]) -> [String: String]? {
            guard let inner = try? CanonicalJSON.members(value) else { return nil }
            var result: [String: String] = [:]
            for member in inner {
                guard let text = plain(member.value) else { return nil }
                result[member.key] = text
            }
            return result
        }
        var strings: [String: String] = [:]
        var fields: [String: String]?
        var before: [String: String]?
        for member in members {
            switch member.key {
            case "fields":
                guard let value = object(member.value) else { return nil }
                fields = value
            case "before":
                guard let value = object(member.value) else { return nil }
                before = value
            default:
                guard let text = plain(member.value) else { return nil }
                strings[member.key] = text
            }
        }
        guard let action = strings["action"], let at = strings["at"], let by = strings["by"],
            let claim = strings["claim"], let entry = strings["entry"], let prev = strings["prev"]
        else { return nil }
        self.init(action: action, at: at, by: by, claim: claim, entry: entry, fields: fields, prev: prev)
        self.before = before
    }

    /// The action of a ledger line written by the upgrade of an old workspace.
    public static let upgrade = "upgrade"
    /// The action of a ledger line written when a re-extraction deletes an unreviewed claim.
    public static let removed = "removed"
}

/// A document's append-only ledger, `claims/<doc>/ledger.jsonl`: one canonical JSON line per history entry
/// saved, each chained to the line before by `prev`. The hash of its last line is the document's record
/// fingerprint. Appended under the document lock with `O_APPEND` and fsync; never rewritten.
public struct Ledger: Sendable {
    /// The ledger file.
    public let file: URL
    /// The document it belongs to.
    public let document: String

    /// The ledger of `document`, whose folder is `folder`.
    public init(folder: URL, document: String) {
        file = folder.appendingPathComponent("ledger.jsonl")
        self.document = document
    }

    /// The `prev` of the first line: the hash of the document's name.
    public var genesis: String { SHA256.hex("claimcheck-ledger:\(document)") }

    /// Whether the file exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: file.path) }

    /// One line as read back: its number (from 1), its bytes' hash, and the line or why it is not one.
    public struct ReadLine: Sendable {
        /// 1-based line number.
        public var number: Int
        /// sha256 of the line's bytes (without the newline).
        public var hash: String
        /// The decoded line; nil when it is not a ledger line.
        public var line: LedgerLine?
        /// Why the line is not a ledger line (it does not parse, or the file ends in the middle of it).
        public var problem: String?
    }

    /// The hash of the last complete line (the record fingerprint); nil when the ledger is empty or absent.
    /// Reads only the end of the file.
    public func head() -> String? {
        guard let tail = try? readTail() else { return nil }
        return tail.last.map { SHA256.hex($0) }
    }

    /// Every line of the ledger, in order; an absent ledger reads as none.
    public func read() throws -> [ReadLine] {
        guard let data = FileManager.default.contents(atPath: file.path) else { return [] }
        let bytes = [UInt8](data)
        var pieces: [ArraySlice<UInt8>] = bytes.split(separator: 0x0a, omittingEmptySubsequences: false)
        let complete = bytes.last == 0x0a
        if complete { pieces.removeLast() }
        let lines = pieces
        return try Parallel.map(lines.count) { index in
            let raw = Array(lines[index])
            let hash = SHA256.hex(raw)
            if index == lines.count - 1 && !complete {
                return ReadLine(
                    number: index + 1, hash: hash, line: nil,
                    problem: "the last line is incomplete (a write was interrupted, or the file was cut)")
            }
            // The lines claimcheck writes are read without JSONDecoder; anything else goes through it.
            if let line = LedgerLine(canonical: raw) ?? (try? JSONDecoder().decode(LedgerLine.self, from: Data(raw))) {
                return ReadLine(number: index + 1, hash: hash, line: line, problem: nil)
            }
            return ReadLine(number: index + 1, hash: hash, line: nil, problem: "not a ledger line")
        }
    }

    /// Appends `lines`, chaining each to the one before (`prev`), in one `O_APPEND` write followed by fsync.
    /// Call with the document lock held. Returns the new head.
    @discardableResult
    public func append(_ lines: [LedgerLine]) throws -> String? {
        guard !lines.isEmpty else { return head() }
        let existed = exists
        var out: [UInt8] = []
        if existed, let last = try lastByte(), last != 0x0a { out.append(0x0a) }  // never continue a torn line
        let (bytes, head) = try encode(lines, after: try readTail().last.map { SHA256.hex($0) })
        out += bytes
        let fd = open(file.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            throw ClaimCheckError.io(path: file.path, problem: "cannot open: \(AtomicFile.errnoText())")
        }
        defer { close(fd) }
        try out.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ClaimCheckError.io(path: file.path, problem: "append failed: \(AtomicFile.errnoText())")
                }
                offset += n
            }
        }
        guard fsync(fd) == 0 else {
            throw ClaimCheckError.io(path: file.path, problem: "fsync failed: \(AtomicFile.errnoText())")
        }
        if !existed { AtomicFile.syncDirectory(file.deletingLastPathComponent()) }
        return head
    }

    /// The bytes of `lines` chained after the line whose hash is `head` (nil: the ledger's first lines), one
    /// canonical JSON line each, and the new head. A new document's ledger is written whole from these.
    public func encode(_ lines: [LedgerLine], after head: String?) throws -> (bytes: [UInt8], head: String) {
        var previous = head ?? genesis
        var out: [UInt8] = []
        for var line in lines {
            line.prev = previous
            let bytes = try CanonicalJSON.encode(line)
            previous = SHA256.hex(bytes)
            out.append(contentsOf: bytes)
            out.append(0x0a)
        }
        return (out, previous)
    }

    /// The complete lines in the last 64 KiB of the file (a torn last line left out).
    private func readTail() throws -> [ArraySlice<UInt8>] {
        let fd = open(file.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        let size = lseek(fd, 0, SEEK_END)
        guard size > 0 else { return [] }
        let length = Int(min(size, 65536))
        var buffer = [UInt8](repeating: 0, count: length)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, length, size - off_t(length)) }
        guard n == length else { throw ClaimCheckError.io(path: file.path, problem: "cannot read") }
        var lines = buffer.split(separator: 0x0a, omittingEmptySubsequences: false)
        lines.removeLast()  // the empty piece after the last newline, or a torn last line
        if size > off_t(length), !lines.isEmpty { lines.removeFirst() }  // the first may be a partial line
        return lines
    }

    private func lastByte() throws -> UInt8? {
        let fd = open(file.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let size = lseek(fd, 0, SEEK_END)
        guard size > 0 else { return nil }
        var byte: UInt8 = 0
        return pread(fd, &byte, 1, size - 1) == 1 ? byte : nil
    }
}
