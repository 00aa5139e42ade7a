/// A second chance for a PDF that poppler calls damaged because its end is missing (a truncated download,
/// a cut archive copy): the trailer that named the catalog is gone with the end of the file, so poppler's
/// own repair, which rebuilds the object table by scanning, finds no root. If the body still holds the
/// catalog object (`N 0 obj << /Type /Catalog …`), a trailer naming it is appended and the result is read
/// again: the pages whose objects survived are read, the others come out empty.
enum PDFRepair {
    /// The body with a trailer naming its catalog appended; nil when it already has a trailer or holds no catalog.
    static func withTrailer(_ body: [UInt8]) -> [UInt8]? {
        guard body.count <= 64 << 20, find(Array("trailer".utf8), in: body) == nil else { return nil }
        for marker in ["/Type /Catalog", "/Type/Catalog"] {
            guard let at = find(Array(marker.utf8), in: body), let object = objectNumber(before: at, in: body) else {
                continue
            }
            return body + Array("\ntrailer\n<< /Root \(object) 0 R >>\n%%EOF\n".utf8)
        }
        return nil
    }

    /// The first offset of `needle` in `haystack`.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// The number N of the `N G obj` header that most closely precedes `offset` (within 4 KiB).
    static func objectNumber(before offset: Int, in body: [UInt8]) -> Int? {
        let obj = Array("obj".utf8)
        var i = offset - obj.count
        let floor = max(0, offset - 4096)
        while i >= floor {
            if body[i] == obj[0], body[i..<i + 3].elementsEqual(obj) {
                // Back over " G " and "N".
                var j = i - 1
                func skipSpaces() { while j >= 0, body[j] == 0x20 || body[j] == 0x0A || body[j] == 0x0D { j -= 1 } }
                func digits() -> Int? {
                    var end = j
                    while j >= 0, (0x30...0x39).contains(body[j]) { j -= 1 }
                    guard end > j, end - j <= 10 else { return nil }
                    end += 1
                    return Int(String(decoding: body[(j + 1)..<end], as: UTF8.self))
                }
                skipSpaces()
                guard digits() != nil else { return nil }
                skipSpaces()
                return digits()
            }
            i -= 1
        }
        return nil
    }
}
