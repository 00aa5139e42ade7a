/// Byte-level string tests for the extractor's tokens, which are nearly all ASCII: the same answers as
/// the `String` methods they stand for, without walking grapheme clusters.
extension String {
    /// Whether the string ends with the ASCII text `suffix`, compared on bytes. For the extractor's
    /// tokens this is what `hasSuffix` answers (an ASCII letter has no other canonical form), without
    /// walking grapheme clusters.
    func endsWith(_ suffix: StaticString) -> Bool {
        let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        let utf8 = utf8
        return utf8.withContiguousStorageIfAvailable { own in
            own.count >= tail.count && zip(own[(own.count - tail.count)...], tail).allSatisfy { $0 == $1 }
        } ?? hasSuffix(String(decoding: tail, as: UTF8.self))
    }

    /// Whether the string starts with the ASCII text `prefix`, compared on bytes (see `endsWith`).
    func startsWith(_ prefix: StaticString) -> Bool {
        let head = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        let utf8 = utf8
        return utf8.withContiguousStorageIfAvailable { own in
            own.count >= head.count && zip(own, head).allSatisfy { $0 == $1 }
        } ?? hasPrefix(String(decoding: head, as: UTF8.self))
    }

    /// Whether the two strings are equal once lower-cased; ASCII strings are compared on bytes.
    func equalsIgnoringCase(_ other: String) -> Bool {
        let a = utf8
        let b = other.utf8
        if a.allSatisfy({ $0 < 0x80 }) && b.allSatisfy({ $0 < 0x80 }) {
            return a.count == b.count
                && zip(a, b).allSatisfy { x, y in
                    x == y || (x | 0x20 == y | 0x20 && (x | 0x20) &- 0x61 < 26)
                }
        }
        return lowercased() == other.lowercased()
    }

    /// The number of characters, counted on bytes when the string is ASCII (as nearly every token is):
    /// `count` walks grapheme clusters, which the rules cannot afford on every number.
    var characterCount: Int {
        utf8.allSatisfy { $0 < 0x80 } ? utf8.count : count
    }
}
