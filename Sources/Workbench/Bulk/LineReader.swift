import ClaimCore
import Foundation
import Glibc

/// Reads a file (or standard input) one line at a time in 1 MiB reads, so an archive of any size streams
/// through bounded memory. Lines are numbered from 1; a line longer than `maxLine` is skipped and reported.
/// Not thread-safe: one reader, its caller serialises.
final class LineReader {
    /// One line (without its `\n`), or a line too long to keep.
    enum Line {
        /// The line's bytes.
        case bytes(number: Int, Data)
        /// A line of more than `maxLine` bytes, skipped.
        case tooLong(number: Int)
    }

    private let fd: Int32
    private let ownsDescriptor: Bool
    private let maxLine: Int
    private var buffer = Data()
    private var start = 0
    private var atEnd = false
    private var skipping = false
    private var number = 0
    /// Bytes read so far (for progress).
    private(set) var bytesRead = 0

    /// Opens `path` ("-" is standard input); a missing file, a folder or an unreadable one is `badInput`.
    init(path: String, maxLine: Int) throws {
        self.maxLine = maxLine
        if path == "-" {
            fd = STDIN_FILENO
            ownsDescriptor = false
            return
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ClaimCheckError.badInput(path, reason: "no such file")
        }
        guard !isDir.boolValue else {
            throw ClaimCheckError.badInput(path, reason: "is a folder, not a JSON Lines file")
        }
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ClaimCheckError.badInput(path, reason: "cannot be read: \(String(cString: strerror(errno)))")
        }
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// The next line, or nil at the end of the input (a last line without `\n` counts).
    func next() throws -> Line? {
        while true {
            if let newline = newlineIndex() {
                number += 1
                let line = buffer[start..<newline]
                start = newline + 1
                if skipping {
                    skipping = false
                    return .tooLong(number: number)
                }
                return .bytes(number: number, Data(line))
            }
            if atEnd {
                guard start < buffer.count || skipping else { return nil }
                number += 1
                let line = buffer[start...]
                start = buffer.count
                if skipping {
                    skipping = false
                    return .tooLong(number: number)
                }
                return .bytes(number: number, Data(line))
            }
            if buffer.count - start > maxLine {
                // Keep reading to the line's end, but not its bytes.
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
            } else if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            try fill()
        }
    }

    /// Where the next `\n` at or after `start` is (memchr: the archive's bytes are scanned once, fast).
    private func newlineIndex() -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress,
                let hit = memchr(base + start, 0x0a, raw.count - start)
            else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
    }

    private func fill() throws {
        let chunk = 1 << 20
        var bytes = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = read(fd, &bytes, chunk)
            if n < 0 {
                if errno == EINTR { continue }
                throw ClaimCheckError.io(path: "input", problem: "read failed: \(String(cString: strerror(errno)))")
            }
            if n == 0 { atEnd = true } else { buffer.append(contentsOf: bytes[0..<n]) }
            bytesRead += n
            return
        }
    }
}
