/// A small JSON scanner that knows line numbers: it checks syntax (reporting line and column of the
/// first error, which Foundation's messages do not do reliably) and records the line on which each
/// value starts, so that a decoding error on `evidence[2].stance` can name its line.
public struct JSONLocator {
    /// Line (1-based) of each value, keyed by its path: "verdict.label", "evidence.2.stance".
    public private(set) var lines: [String: Int] = [:]

    /// Where a JSON text stops parsing, and why.
    public struct SyntaxError: Error, Sendable {
        /// 1-based line of the error.
        public let line: Int
        /// 1-based column of the error.
        public let column: Int
        /// What is wrong there.
        public let problem: String
    }

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0

    /// Scans `bytes`; throws `SyntaxError` on the first syntax error.
    public init(bytes: [UInt8]) throws {
        self.bytes = bytes
        skipSpace()
        try value(path: [], depth: 0)
        skipSpace()
        if i < bytes.count { throw error("unexpected text after the JSON value") }
    }

    /// The line of the value at `path`, or of its closest ancestor that was recorded.
    public func line(for path: [String]) -> Int? {
        var p = path
        while true {
            if let l = lines[p.joined(separator: ".")] { return l }
            if p.isEmpty { return nil }
            p.removeLast()
        }
    }

    private func error(_ problem: String) -> SyntaxError {
        SyntaxError(line: line, column: i - lineStart + 1, problem: problem)
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0d: i += 1
            case 0x0a:
                i += 1
                line += 1
                lineStart = i
            default: return
            }
        }
    }

    private mutating func value(path: [String], depth: Int) throws {
        guard depth < 512 else { throw error("nested too deeply") }
        guard i < bytes.count else { throw error("unexpected end of file (the file looks truncated)") }
        lines[path.joined(separator: ".")] = line
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
                return
            }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    throw error(
                        i < bytes.count ? "expected a quoted key" : "unexpected end of file (the file looks truncated)")
                }
                let key = try string()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                    throw error("expected ':' after key \"\(key)\"")
                }
                i += 1
                skipSpace()
                try value(path: path + [key], depth: depth + 1)
                skipSpace()
                guard i < bytes.count else { throw error("unexpected end of file (the file looks truncated)") }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "}") {
                    i += 1
                    return
                }
                throw error("expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                return
            }
            var index = 0
            while true {
                skipSpace()
                try value(path: path + [String(index)], depth: depth + 1)
                index += 1
                skipSpace()
                guard i < bytes.count else { throw error("unexpected end of file (the file looks truncated)") }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    return
                }
                throw error("expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = i
            i += 1
            while i < bytes.count,
                (bytes[i] >= 0x30 && bytes[i] <= 0x39)
                    || [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-")]
                        .contains(bytes[i])
            { i += 1 }
            if i - start == 1, bytes[start] == UInt8(ascii: "-") { throw error("invalid number") }
        default:
            throw error("unexpected character '\(String(decoding: [bytes[i]], as: UTF8.self))'")
        }
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else {
            throw error("invalid literal (expected \(word))")
        }
        i += w.count
    }

    private mutating func string() throws -> String {
        i += 1
        let start = i
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\""):
                let s = String(decoding: bytes[start..<i], as: UTF8.self)
                i += 1
                return s
            case UInt8(ascii: "\\"): i += 2
            case 0x0a: throw error("line break inside a string (unterminated string?)")
            default: i += 1
            }
        }
        throw error("unterminated string (the file looks truncated)")
    }
}
