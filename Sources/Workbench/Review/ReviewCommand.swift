import ClaimCore

/// The commands of the review REPL: names, aliases, one-line help, and the closest match for a typo.
public struct ReviewCommand: Sendable {
    public let name: String
    public let aliases: [String]
    public let usage: String
    public let summary: String

    public static let all: [ReviewCommand] = [
        .init(name: "next", aliases: ["n"], usage: "next [unreviewed]", summary: "go to the next claim (Enter on an empty line too); 'next unreviewed' skips reviewed ones"),
        .init(name: "prev", aliases: ["p", "previous"], usage: "prev", summary: "go to the previous claim"),
        .init(name: "goto", aliases: ["g"], usage: "goto N|ID", summary: "go to claim number N or the claim with id (or id prefix) ID"),
        .init(name: "list", aliases: ["ls", "l"], usage: "list [--kind K] [--verdict V] [--all]", summary: "list the claims, optionally filtered (50 around the current one unless --all)"),
        .init(name: "show", aliases: ["s"], usage: "show", summary: "the claim in context, its facts, verdict, evidence and history"),
        .init(name: "verdict", aliases: ["v"], usage: "verdict LABEL [note…]", summary: "record a verdict: \(VerdictLabel.allCases.map(\.rawValue).joined(separator: ", "))"),
        .init(name: "note", aliases: [], usage: "note TEXT", summary: "set the note of the verdict"),
        .init(name: "undo", aliases: ["u"], usage: "undo", summary: "revert the last change made in this session (recorded in history)"),
        .init(name: "evidence", aliases: ["e", "ev"], usage: "evidence URL [supports|refutes|context] [note…] | evidence remove K",
              summary: "fetch and attach a source, with its best-matching passages; or remove evidence #K"),
        .init(name: "fetch", aliases: [], usage: "fetch", summary: "refetch this claim's sources"),
        .init(name: "add", aliases: [], usage: "add \"exact sentence or phrase\"", summary: "make a manual claim from words of the article"),
        .init(name: "drop", aliases: [], usage: "drop", summary: "mark the claim not-a-claim"),
        .init(name: "kinds", aliases: [], usage: "kinds K…", summary: "set the claim's kinds: \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", "))"),
        .init(name: "report", aliases: [], usage: "report", summary: "render the HTML report now"),
        .init(name: "status", aliases: ["st"], usage: "status", summary: "tally of verdicts"),
        .init(name: "help", aliases: ["h", "?"], usage: "help [command]", summary: "this list, or one command's usage"),
        .init(name: "quit", aliases: ["q", "exit"], usage: "quit", summary: "leave (Ctrl-D too); everything is already saved"),
    ]

    /// The command named or aliased `word` (case-insensitive).
    public static func find(_ word: String) -> ReviewCommand? {
        let w = word.lowercased()
        return all.first { $0.name == w || $0.aliases.contains(w) }
    }

    /// The closest of `candidates` to `word` by edit distance, if close enough to be a plausible typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let w = word.lowercased()
        let scored = candidates.map { ($0, editDistance(w, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(2, w.count / 2) else { return nil }
        return best
    }

    /// Levenshtein distance.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = a[i - 1] == b[j - 1] ? previous : min(previous, row[j], row[j - 1]) + 1
                previous = current
            }
        }
        return row[b.count]
    }
}

/// Splits a command line into words; "double", “curly” and 'single' quotes group words.
enum CommandLineWords {
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for ch in line {
            if let q = quote {
                if ch == q || (q == "“" && ch == "”") { quote = nil } else { current.append(ch) }
                continue
            }
            if ch == "\"" || ch == "“" || (ch == "'" && !inWord) {
                quote = ch
                inWord = true
                continue
            }
            if ch.isWhitespace {
                if inWord { words.append(current); current = ""; inWord = false }
                continue
            }
            current.append(ch)
            inWord = true
        }
        if inWord { words.append(current) }
        return words
    }
}
