/// The text normaliser of every source (HTML pages and PDFs alike): accumulates text into blocks with
/// collapsed whitespace. ASCII whitespace, the no-break space and the other Unicode spaces (thin, narrow
/// no-break, figure, ideographic…) collapse to one space; soft hyphens and zero-width spaces vanish; the
/// typographic ligatures U+FB00–U+FB06 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) become their letters. Works on UTF-8 bytes: the
/// text is valid UTF-8 and only whole characters are dropped or replaced.
struct BlockWriter {
    private(set) var blocks: [String] = []
    private var current: [UInt8] = []
    private var pendingSpace = false

    /// The letters of the ligatures U+FB00…U+FB06.
    private static let ligatures: [[UInt8]] = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"].map { Array($0.utf8) }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                    pendingSpace = true
                    i += 1
                    continue
                }
                if b == 0xC2, i + 1 < n {
                    let next = bytes[i + 1]
                    if next == 0xA0 {
                        pendingSpace = true
                        i += 2
                        continue
                    }  // U+00A0 no-break space
                    if next == 0xAD {
                        i += 2
                        continue
                    }  // U+00AD soft hyphen
                } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                    let last = bytes[i + 2]
                    if (0x80...0x8A).contains(last) || last == 0xAF {
                        pendingSpace = true
                        i += 3
                        continue
                    }  // U+2000–200A, U+202F
                    if last == 0x8B {
                        i += 3
                        continue
                    }  // U+200B zero-width space
                } else if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                    pendingSpace = true  // U+3000 ideographic space
                    i += 3
                    continue
                } else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xAC, (0x80...0x86).contains(bytes[i + 2]) {
                    let letters = BlockWriter.ligatures[Int(bytes[i + 2] - 0x80)]
                    append(letters[0])
                    current += letters.dropFirst()
                    i += 3
                    continue
                }
                // Any other character: its lead byte decides about the pending space, the rest follows.
                append(b)
                i += 1
                while i < n, bytes[i] & 0xC0 == 0x80 {
                    current.append(bytes[i])
                    i += 1
                }
            }
        }
    }

    private mutating func append(_ b: UInt8) {
        if pendingSpace, let last = current.last, last != 0x0A { current.append(0x20) }
        pendingSpace = false
        current.append(b)
    }

    /// `<br>`: a new line; a second one in a row (`<br><br>`, the old way to separate paragraphs) ends the block.
    mutating func lineBreak() {
        if current.last == 0x0A {
            breakBlock()
        } else if !current.isEmpty {
            current.append(0x0A)
        }
        pendingSpace = false
    }

    mutating func cellBreak() {
        if let last = current.last, last != 0x0A { current += [0x20, 0x7C, 0x20] }
        pendingSpace = false
    }

    mutating func breakBlock() {
        while let last = current.last, last == 0x0A || last == 0x20 || last == 0x7C { current.removeLast() }
        if !current.isEmpty { blocks.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
        pendingSpace = false
    }
}
