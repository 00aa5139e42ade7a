import Foundation

/// The one canonical JSON form, the bytes every record hash is taken over (history entries, claim states,
/// ledger lines): object keys sorted by their UTF-8 bytes, no white space, strings escaped minimally (`"`, `\`
/// and control characters only, `\u00XX` in lower case unless a short escape exists), numbers written the same
/// way whatever wrote them (an integral value without a fraction, `-0` as `0`, any other value by Swift's
/// shortest round-trip form, `0.91`, `1e-05`). Two encodings of equal values give equal bytes, so a hash does not
/// change when Foundation changes how it pretty-prints or orders keys.
public enum CanonicalJSON {
    /// The canonical bytes of `value` (encoded with `JSONEncoder`, then rewritten canonically).
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return try canonicalize([UInt8](encoder.encode(value)))
    }

    /// `json` (any valid JSON text) rewritten in the canonical form; throws `SyntaxError` when it is not JSON.
    public static func canonicalize(_ json: [UInt8]) throws -> [UInt8] {
        var reader = Reader(bytes: json)
        var out: [UInt8] = []
        out.reserveCapacity(json.count)
        reader.skipSpace()
        try reader.value(into: &out, depth: 0)
        reader.skipSpace()
        guard reader.i == json.count else { throw SyntaxError(offset: reader.i, problem: "text after the value") }
        return out
    }

    /// The members of a JSON object (`json` must be one), each value in canonical form, sorted by key: what a
    /// caller needs to hash an object's fields one by one as well as whole.
    public static func members(_ json: [UInt8]) throws -> [(key: String, value: [UInt8])] {
        var reader = Reader(bytes: json)
        reader.skipSpace()
        guard reader.i < json.count, json[reader.i] == 0x7b else {
            throw SyntaxError(offset: 0, problem: "not an object")
        }
        let members = try reader.objectMembers(depth: 0)
        reader.skipSpace()
        guard reader.i == json.count else { throw SyntaxError(offset: reader.i, problem: "text after the value") }
        return members.map { (String(decoding: $0.key, as: UTF8.self), $0.value) }
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
        for byte in string.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: [0x5c, 0x22])
            case 0x5c: out.append(contentsOf: [0x5c, 0x5c])
            case 0x08: out.append(contentsOf: [0x5c, 0x62])
            case 0x0c: out.append(contentsOf: [0x5c, 0x66])
            case 0x0a: out.append(contentsOf: [0x5c, 0x6e])
            case 0x0d: out.append(contentsOf: [0x5c, 0x72])
            case 0x09: out.append(contentsOf: [0x5c, 0x74])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5c, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0f)]])
            default: out.append(byte)
            }
        }
        out.append(0x22)
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

    /// A single pass over the JSON text that writes each value canonically as it reads it.
    private struct Reader {
        let bytes: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0a || bytes[i] == 0x0d || bytes[i] == 0x09 {
                i += 1
            }
        }

        func fail(_ problem: String) -> SyntaxError { SyntaxError(offset: i, problem: problem) }

        mutating func value(into out: inout [UInt8], depth: Int) throws {
            guard depth < 512 else { throw fail("nested too deeply") }
            guard i < bytes.count else { throw fail("unexpected end") }
            switch bytes[i] {
            case 0x7b: try object(into: &out, depth: depth)
            case 0x5b: try array(into: &out, depth: depth)
            case 0x22: CanonicalJSON.appendString(try string(), to: &out)
            case 0x74: try literal("true", into: &out)
            case 0x66: try literal("false", into: &out)
            case 0x6e: try literal("null", into: &out)
            default: out.append(contentsOf: CanonicalJSON.number(try numberText()).utf8)
            }
        }

        mutating func literal(_ word: String, into out: inout [UInt8]) throws {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { throw fail("bad literal") }
            i += w.count
            out.append(contentsOf: w)
        }

        mutating func numberText() throws -> String {
            let start = i
            while i < bytes.count, let b = Optional(bytes[i]),
                (b >= 0x30 && b <= 0x39) || b == 0x2d || b == 0x2b || b == 0x2e || b == 0x65 || b == 0x45
            {
                i += 1
            }
            guard i > start else { throw fail("unexpected character") }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        mutating func object(into out: inout [UInt8], depth: Int) throws {
            let members = try objectMembers(depth: depth)
            out.append(0x7b)
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(0x2c) }
                CanonicalJSON.appendString(String(decoding: member.key, as: UTF8.self), to: &out)
                out.append(0x3a)
                out.append(contentsOf: member.value)
            }
            out.append(0x7d)
        }

        /// An object's members, values canonical, sorted by key bytes.
        mutating func objectMembers(depth: Int) throws -> [(key: [UInt8], value: [UInt8])] {
            i += 1
            var members: [(key: [UInt8], value: [UInt8])] = []
            skipSpace()
            if i < bytes.count, bytes[i] == 0x7d {
                i += 1
            } else {
                while true {
                    skipSpace()
                    guard i < bytes.count, bytes[i] == 0x22 else { throw fail("expected a key") }
                    let key = try string()
                    skipSpace()
                    guard i < bytes.count, bytes[i] == 0x3a else { throw fail("expected ':'") }
                    i += 1
                    skipSpace()
                    var value: [UInt8] = []
                    try self.value(into: &value, depth: depth + 1)
                    members.append((Array(key.utf8), value))
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
            }
            members.sort { $0.key.lexicographicallyPrecedes($1.key) }
            return members
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

        /// Reads a string literal and returns its value (escapes decoded).
        mutating func string() throws -> String {
            i += 1
            var raw: [UInt8] = []
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 {
                    i += 1
                    return String(decoding: raw, as: UTF8.self)
                }
                if b != 0x5c {
                    raw.append(b)
                    i += 1
                    continue
                }
                guard i + 1 < bytes.count else { break }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case 0x22, 0x5c, 0x2f: raw.append(e)
                case 0x62: raw.append(0x08)
                case 0x66: raw.append(0x0c)
                case 0x6e: raw.append(0x0a)
                case 0x72: raw.append(0x0d)
                case 0x74: raw.append(0x09)
                case 0x75:
                    var scalar = try hex4()
                    if (0xd800..<0xdc00).contains(scalar), i + 1 < bytes.count, bytes[i] == 0x5c, bytes[i + 1] == 0x75 {
                        i += 2
                        let low = try hex4()
                        scalar = 0x10000 + ((scalar - 0xd800) << 10) + (low - 0xdc00)
                    }
                    raw.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{fffd}")).utf8)
                default: throw fail("bad escape")
                }
            }
            throw fail("unterminated string")
        }

        mutating func hex4() throws -> UInt32 {
            guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16)
            else { throw fail("bad \\u escape") }
            i += 4
            return v
        }
    }
}
