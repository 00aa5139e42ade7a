/// Finds the checkable statements of an article: a pure function of (text, published date).
public struct Extractor: Sendable {
    /// Written into document.json; bump it when the rules change what is extracted.
    public static let version = "0.1.0"

    public init() {}

    /// The claims of `article`, in article order, with spans as UTF-8 byte offsets into `article`.
    public func extract(_ article: String, published: CalendarDay?) -> [ExtractedClaim] {
        var claims: [ExtractedClaim] = []
        var offset = 0
        for line in article.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty, let range = line.range(of: text) {
                let start = offset + line.utf8.distance(from: line.startIndex, to: range.lowerBound)
                claims.append(ExtractedClaim(text: text, span: Span(start: start, end: start + text.utf8.count),
                                             kinds: [], checkworthiness: 0, facts: []))
            }
            offset += line.utf8.count + 1
        }
        return claims
    }
}
