/// A half-open range of UTF-8 byte offsets into a document's `article.txt`.
public struct Span: Codable, Hashable, Sendable, Comparable {
    /// Offset of the first character (inclusive).
    public var start: Int
    /// Offset past the last character (exclusive).
    public var end: Int

    /// The span from `start` up to, not including, `end`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Characters covered.
    public var length: Int { end - start }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }

    /// Orders spans by start, then by end.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
