import CZlib

/// gzip compression (RFC 1952) through the system zlib: each call makes one complete gzip member, so members
/// written one after another form a valid multi-member file (how WARC files are compressed, a record a member).
enum Gzip {
    /// `bytes` as one gzip member.
    static func member(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        guard cc_deflate_init_gzip(&stream, level) == Z_OK else {
            fatalError("zlib could not start a gzip stream (out of memory)")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 32)
        var input = bytes
        let written = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                // deflateBound guarantees one call with Z_FINISH completes the stream.
                let status = deflate(&stream, Z_FINISH)
                precondition(status == Z_STREAM_END, "zlib deflate did not finish: \(status)")
                return target.count - Int(stream.avail_out)
            }
        }
        return Array(output.prefix(written))
    }
}
