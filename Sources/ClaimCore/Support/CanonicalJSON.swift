import Foundation

/// The one canonical JSON form, the bytes every record hash is taken over (history entries, claim states,
/// ledger lines): object keys sorted by their UTF-8 bytes (as escaped canonically), no white space, strings escaped minimally (`"`, `\`
/// and control characters only, `\u00XX` in lower case unless a short escape exists), numbers written the same
/// way whatever wrote them (an integral value without a fraction, `-0` as `0`, any other value by Swift's
/// shortest round-trip form, `0.91`, `1e-05`). Two encodings of equal values give equal bytes, so a hash does not
/// change when Foundation changes how it pretty-prints or orders keys.
public enum CanonicalJSON {
    /// The canonical bytes of `value` (encoded with `JSONEncoder`, then rewritten canonically).
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return try canonicalize([UInt8](encoder.encode(value)))
    }

    /// `json` (any valid JSON text) rewritten in the canonical form; throws `SyntaxError` when it is not JSON.
    public static func canonicalize(_ json: [UInt8]) throws -> [UInt8] {
        try json.withUnsafeBufferPointer { bytes in
            var reader = Reader(bytes: bytes)
            var out: [UInt8] = []
            out.reserveCapacity(json.count)
            reader.skipSpace()
            try reader.value(into: &out, depth: 0)
            try reader.end()
            return out
        }
    }

    /// The members of a JSON object (`json` must be one) whose keys `keep` accepts, each value in canonical form,
    /// sorted by key: what a caller needs to hash an object's fields one by one as well as whole. The values of the
    /// other members are skipped, not rewritten.
    public static func members(_ json: [UInt8], keeping keep: Set<String>? = nil) throws -> [(
        key: String, value: [UInt8]
    )] {
        try json.withUnsafeBufferPointer { bytes in
            var reader = Reader(bytes: bytes)
            reader.skipSpace()
            guard reader.i < bytes.count, bytes[reader.i] == 0x7b else {
                throw SyntaxError(offset: reader.i, problem: "not an object")
            }
            var out: [UInt8] = []
            out.reserveCapacity(json.count)
            let spans = try reader.object(into: &out, depth: 0, keep: keep)
            try reader.end()
            return spans.map { span in
                (String(decoding: out[span.key], as: UTF8.self), Array(out[span.value]))
            }
        }
    }

    /// The canonical object of `members` (already canonical and sorted, as `members` returns them).
    public static func object(_ members: [(key: String, value: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = [0x7b]
        for (index, member) in members.enumerated() {
            if index > 0 { out.append(0x2c) }
            appendString(member.key, to: &out)
            out.append(0x3a)
            out.append(contentsOf: member.value)
        }
        out.append(0x7d)
        return out
    }

    /// The canonical form of a string (with its quotes), appended to `out`.
    public static func appendString(_ string: String, to out: inout [UInt8]) {
        out.append(0x22)
        var string = string
        string.withUTF8 { appendEscaped($0, to: &out) }
        out.append(0x22)
    }

    /// Appends raw string bytes escaped canonically: runs of plain bytes are copied at once.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var start = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte == 0x22 || byte == 0x5c || byte < 0x20 else { continue }
            if start < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
            appendEscape(of: byte, to: &out)
            start = index + 1
        }
        if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
    }

    /// The canonical escape of `"`, `\` or a control character.
    static func appendEscape(of byte: UInt8, to out: inout [UInt8]) {
        out.append(0x5c)
        switch byte {
        case 0x22: out.append(0x22)
        case 0x5c: out.append(0x5c)
        case 0x08: out.append(0x62)
        case 0x0c: out.append(0x66)
        case 0x0a: out.append(0x6e)
        case 0x0d: out.append(0x72)
        case 0x09: out.append(0x74)
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0f)]])
        }
    }

    /// The canonical form of a number, given as its JSON text.
    static func number(_ text: String) -> String {
        let plainInteger = !text.contains { $0 == "." || $0 == "e" || $0 == "E" }
        if plainInteger, let integer = Int64(text) { return String(integer) }
        guard let double = Double(text), double.isFinite else { return text }
        if double == double.rounded(), abs(double) < 9_007_199_254_740_992 { return String(Int64(double)) }
        return "\(double)"
    }

    /// Where the text stops being JSON.
    public struct SyntaxError: Error, Sendable, Equatable {
        /// The byte offset of the problem.
        public let offset: Int
        /// What is wrong there.
        public let problem: String
    }

    /// A single pass over the JSON text that writes each value canonically into one buffer as it reads it.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0a || bytes[i] == 0x0d || bytes[i] == 0x09 {
                i += 1
            }
        }

        mutating func end() throws {
            skipSpace()
            guard i == bytes.count else { throw fail("text after the value") }
        }

        func fail(_ problem: String) -> SyntaxError { SyntaxError(offset: i, problem: problem) }

        mutating func value(into out: inout [UInt8], depth: Int) throws {
            guard depth < 512 else { throw fail("nested too deeply") }
            guard i < bytes.count else { throw fail("unexpected end") }
            switch bytes[i] {
            case 0x7b: _ = try object(into: &out, depth: depth, keep: nil)
            case 0x5b: try array(into: &out, depth: depth)
            case 0x22: try string(into: &out)
            case 0x74: try literal("true", into: &out)
            case 0x66: try literal("false", into: &out)
            case 0x6e: try literal("null", into: &out)
            default: out.append(contentsOf: CanonicalJSON.number(try numberText()).utf8)
            }
        }

        mutating func literal(_ word: StaticString, into out: inout [UInt8]) throws {
            let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard i + w.count <= bytes.count, bytes[i..<(i + w.count)].elementsEqual(w) else {
                throw fail("bad literal")
            }
            i += w.count
            out.append(contentsOf: w)
        }

        mutating func numberText() throws -> String {
            let start = i
            while i < bytes.count {
                let b = bytes[i]
                guard (b >= 0x30 && b <= 0x39) || b == 0x2d || b == 0x2b || b == 0x2e || b == 0x65 || b == 0x45 else {
                    break
                }
                i += 1
            }
            guard i > start else { throw fail("unexpected character") }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }

        /// Writes the object canonically at the end of `out` and returns where each member's key (its escaped
        /// bytes, without quotes) and value ended up. Members whose key `keep` does not hold are skipped.
        mutating func object(into out: inout [UInt8], depth: Int, keep: Set<String>?) throws -> [(
            key: Range<Int>, value: Range<Int>
        )] {
            i += 1
            let open = out.count
            out.append(0x7b)
            var spans: [(key: Range<Int>, value: Range<Int>)] = []
            var sorted = true
            skipSpace()
            if i < bytes.count, bytes[i] == 0x7d {
                i += 1
                out.append(0x7d)
                return spans
            }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x22 else { throw fail("expected a key") }
                let memberStart = out.count
                if !spans.isEmpty { out.append(0x2c) }
                let keyStart = out.count + 1
                try string(into: &out)
                let key = keyStart..<(out.count - 1)
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x3a else { throw fail("expected ':'") }
                i += 1
                skipSpace()
                if let keep, !keep.contains(String(decoding: out[key], as: UTF8.self)) {
                    out.removeSubrange(memberStart...)
                    try skipValue(depth: depth + 1)
                } else {
                    out.append(0x3a)
                    let valueStart = out.count
                    try value(into: &out, depth: depth + 1)
                    if let last = spans.last, !out[last.key].lexicographicallyPrecedes(out[key]) { sorted = false }
                    spans.append((key, valueStart..<out.count))
                }
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end") }
                if bytes[i] == 0x2c {
                    i += 1
                    continue
                }
                guard bytes[i] == 0x7d else { throw fail("expected ',' or '}'") }
                i += 1
                break
            }
            if !sorted {
                // Rare (JSONEncoder is asked for sorted keys): copy the members out, sort them, write them back.
                let members = spans.map { (key: Array(out[$0.key]), value: Array(out[$0.value])) }
                    .sorted { $0.key.lexicographicallyPrecedes($1.key) }
                out.removeSubrange((open + 1)...)
                spans = []
                for (index, member) in members.enumerated() {
                    if index > 0 { out.append(0x2c) }
                    out.append(0x22)
                    let keyStart = out.count
                    out.append(contentsOf: member.key)
                    let key = keyStart..<out.count
                    out.append(contentsOf: [0x22, 0x3a])
                    let valueStart = out.count
                    out.append(contentsOf: member.value)
                    spans.append((key, valueStart..<out.count))
                }
            }
            out.append(0x7d)
            return spans
        }

        mutating func array(into out: inout [UInt8], depth: Int) throws {
            i += 1
            out.append(0x5b)
            skipSpace()
            if i < bytes.count, bytes[i] == 0x5d {
                i += 1
                out.append(0x5d)
                return
            }
            var first = true
            while true {
                skipSpace()
                if !first { out.append(0x2c) }
                first = false
                try value(into: &out, depth: depth + 1)
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end") }
                if bytes[i] == 0x2c {
                    i += 1
                    continue
                }
                guard bytes[i] == 0x5d else { throw fail("expected ',' or ']'") }
                i += 1
                out.append(0x5d)
                return
            }
        }

        /// Reads a string literal and writes it canonically (escapes decoded, then escaped the one way).
        mutating func string(into out: inout [UInt8]) throws {
            i += 1
            out.append(0x22)
            var run = i
            while i < bytes.count {
                let b = bytes[i]
                if b != 0x22 && b != 0x5c && b >= 0x20 {
                    i += 1
                    continue
                }
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                if b == 0x22 {
                    i += 1
                    out.append(0x22)
                    return
                }
                if b < 0x20 {
                    CanonicalJSON.appendEscape(of: b, to: &out)
                    i += 1
                    run = i
                    continue
                }
                guard i + 1 < bytes.count else { break }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case 0x22, 0x5c: CanonicalJSON.appendEscape(of: e, to: &out)
                case 0x2f: out.append(0x2f)
                case 0x62: CanonicalJSON.appendEscape(of: 0x08, to: &out)
                case 0x66: CanonicalJSON.appendEscape(of: 0x0c, to: &out)
                case 0x6e: CanonicalJSON.appendEscape(of: 0x0a, to: &out)
                case 0x72: CanonicalJSON.appendEscape(of: 0x0d, to: &out)
                case 0x74: CanonicalJSON.appendEscape(of: 0x09, to: &out)
                case 0x75:
                    var scalar = try hex4()
                    if (0xd800..<0xdc00).contains(scalar), i + 1 < bytes.count, bytes[i] == 0x5c, bytes[i + 1] == 0x75 {
                        i += 2
                        let low = try hex4()
                        scalar = 0x10000 + ((scalar - 0xd800) << 10) + (low &- 0xdc00)
                    }
                    if scalar < 0x20 || scalar == 0x22 || scalar == 0x5c {
                        CanonicalJSON.appendEscape(of: UInt8(scalar), to: &out)
                    } else {
                        out.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{fffd}")).utf8)
                    }
                default: throw fail("bad escape")
                }
                run = i
            }
            throw fail("unterminated string")
        }

        mutating func hex4() throws -> UInt32 {
            guard i + 4 <= bytes.count,
                let v = UInt32(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + 4)]), as: UTF8.self), radix: 16)
            else { throw fail("bad \\u escape") }
            i += 4
            return v
        }

        /// Moves past one value without writing it (strings, nesting and tokens only; not a full check).
        mutating func skipValue(depth: Int) throws {
            var nesting = 0
            repeat {
                guard i < bytes.count else { throw fail("unexpected end") }
                switch bytes[i] {
                case 0x22:
                    i += 1
                    while i < bytes.count, bytes[i] != 0x22 { i += bytes[i] == 0x5c ? 2 : 1 }
                    guard i < bytes.count else { throw fail("unterminated string") }
                    i += 1
                case 0x7b, 0x5b:
                    nesting += 1
                    guard depth + nesting < 512 else { throw fail("nested too deeply") }
                    i += 1
                case 0x7d, 0x5d:
                    nesting -= 1
                    guard nesting >= 0 else { throw fail("unexpected close") }
                    i += 1
                default:
                    if nesting == 0 {
                        let b = bytes[i]
                        guard b != 0x2c, b != 0x3a else { throw fail("expected a value") }
                        while i < bytes.count, ![0x2c, 0x7d, 0x5d, 0x20, 0x0a, 0x0d, 0x09].contains(bytes[i]) { i += 1 }
                    } else {
                        i += 1
                    }
                }
            } while nesting > 0
        }
    }
}
