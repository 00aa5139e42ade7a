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
        let change = SentenceDiff.changedWords(old, new)
        let (head, tail) = (change.head, change.tail)
        let a = change.old.map { ControlCharacters.visible(String($0)) }
        let b = change.new.map { ControlCharacters.visible(String($0)) }
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

    private static func clip(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }
}
