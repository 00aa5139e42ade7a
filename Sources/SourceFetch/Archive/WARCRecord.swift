import ClaimCore
import Foundation

/// One WARC/1.1 record (ISO 28500:2017): its named header fields and its block, serialised with the
/// Content-Length and a sha256 WARC-Block-Digest computed from the block.
struct WARCRecord {
    /// The record's type: warcinfo, request, response, metadata …
    var type: String
    /// `<urn:uuid:…>`, unique to this record.
    var id: String = "<urn:uuid:\(UUID().uuidString.lowercased())>"
    /// When the content was captured (ISO 8601 UTC).
    var date: String
    /// The URI the record is about.
    var target: String?
    /// The Content-Type of the block.
    var contentType: String
    /// Further header fields, in order (WARC-Concurrent-To, WARC-Payload-Digest …).
    var fields: [(String, String)] = []
    /// The block: an HTTP message, or `name: value` lines for metadata.
    var block: [UInt8]

    /// The record as bytes: version line, header fields, a blank line, the block and two CRLFs.
    var bytes: [UInt8] {
        var head = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: \(id)\r\nWARC-Date: \(date)\r\n"
        if let target { head += "WARC-Target-URI: \(target)\r\n" }
        for (name, value) in fields { head += "\(name): \(value)\r\n" }
        head += "Content-Type: \(contentType)\r\n"
        head += "WARC-Block-Digest: \(WARCRecord.digest(block))\r\n"
        head += "Content-Length: \(block.count)\r\n\r\n"
        return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// `sha256:` and the base32 (RFC 4648) digest of `bytes`, the form WARC tools read.
    static func digest<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var hash = SHA256()
        hash.update(bytes)
        return "sha256:" + base32(hash.finalize())
    }

    /// RFC 4648 base32 with padding.
    static func base32(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
        var out: [UInt8] = []
        var buffer: UInt64 = 0
        var bits = 0
        for b in bytes {
            buffer = (buffer << 8) | UInt64(b)
            bits += 8
            while bits >= 5 {
                bits -= 5
                out.append(alphabet[Int((buffer >> UInt64(bits)) & 31)])
            }
        }
        if bits > 0 { out.append(alphabet[Int((buffer << UInt64(5 - bits)) & 31)]) }
        while out.count % 8 != 0 { out.append(UInt8(ascii: "=")) }
        return String(decoding: out, as: UTF8.self)
    }
}
