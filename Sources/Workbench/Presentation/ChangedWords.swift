import ClaimCore

/// Two versions of a sentence cut down to where they differ: the words both begin and end with are left out but
/// for a few on each side, and the changed words are marked (red for the old, green for the new on a terminal).
/// "…which has help to create a…" → "…which has helped to create a…".
enum ChangedWords {
    /// The old and new sentence around their difference, with `context` words kept on each side, each made safe for
    /// a terminal and at most `limit` characters.
    static func excerpt(
        _ old: String, _ new: String, context: Int = 4, limit: Int = 160, style: TextStyle = .plain
    ) -> (old: String, new: String) {
        let a = words(old)
        let b = words(new)
        var head = 0
        while head < min(a.count, b.count), a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < min(a.count, b.count) - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        func cut(_ w: [String], mark: (String) -> String) -> String {
            let around = min(context, w.count)
            let start = max(0, head - around)
            let end = w.count - tail
            let stop = min(w.count, end + around)
            let before = w[start..<head].joined(separator: " ")
            let changed = w[head..<end].joined(separator: " ")
            let after = w[end..<stop].joined(separator: " ")
            let body = [before, changed.isEmpty ? "" : mark(clip(changed, limit)), after].filter { !$0.isEmpty }
                .joined(separator: " ")
            return (start > 0 ? "…" : "") + body + (stop < w.count ? "…" : "")
        }
        return (cut(a, mark: style.red), cut(b, mark: style.green))
    }

    /// The words of `sentence` as shown: split at white space, control characters made visible.
    private static func words(_ sentence: String) -> [String] {
        sentence.split(whereSeparator: \.isWhitespace).map { ControlCharacters.visible(String($0)) }
    }

    private static func clip(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }
}
