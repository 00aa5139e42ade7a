import ClaimCore

/// The commands of the review REPL. `spec` is the one table of their names, aliases, arguments, help and
/// completion; `ReviewSession.handle` dispatches with an exhaustive switch, so a command added here and not
/// handled there does not compile.
public enum ReviewCommand: String, CaseIterable, Sendable {
    case next, prev, goto, list, show, verdict, note, undo, evidence, fetch, add, drop, kinds, report, status, help,
        quit

    /// What the word after the command completes to.
    public enum Completion: Sendable {
        case nothing, commands, labels, kinds, claimIDs, listOptions
        /// `evidence`: "remove" or a URL first, a stance after the URL.
        case evidence
        /// `next`: the words "unreviewed", "recheck" and "disputed".
        case unreviewed
    }

    /// One row of the table.
    public struct Spec: Sendable {
        /// Short forms that mean the same command.
        public let aliases: [String]
        /// The command with its arguments, as help shows it.
        public let usage: String
        /// What the command does, in one sentence.
        public let summary: String
        /// What Tab completes after the command's name.
        public let completion: Completion
        /// Whether the command makes sense in a document without claims.
        public let worksWithoutClaims: Bool

        init(
            _ aliases: [String], _ usage: String, _ summary: String, completion: Completion = .nothing,
            worksWithoutClaims: Bool = false
        ) {
            self.aliases = aliases
            self.usage = usage
            self.summary = summary
            self.completion = completion
            self.worksWithoutClaims = worksWithoutClaims
        }
    }

    /// The table.
    public var spec: Spec {
        let labels = VerdictLabel.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .next:
            return Spec(
                ["n"], "next [unreviewed|recheck|disputed]",
                "go to the next claim (Enter on an empty line too); 'next unreviewed' skips reviewed ones, 'next recheck' goes to the next claim edited after its verdict, 'next disputed' to the next verdict two reviewers set differently",
                completion: .unreviewed)
        case .prev: return Spec(["p", "previous"], "prev", "go to the previous claim")
        case .goto:
            return Spec(
                ["g"], "goto N|#N|ID|id:ID",
                "go to claim number N (as 'list' numbers them) or to the claim whose id starts with ID; a number that is also the start of an id is refused as ambiguous: '#N' always means number N, 'id:ID' always an id",
                completion: .claimIDs)
        case .list:
            return Spec(
                ["ls", "l"], "list [--kind K] [--verdict V] [--recheck] [--flagged] [--disputed] [--all]",
                "list the claims, optionally filtered; --recheck: those whose verdict waits for a re-check after an edit; --flagged: those with consistency notes or number discrepancies; --disputed: verdicts set differently on two sides of a merge (50 around the current one unless --all)",
                completion: .listOptions, worksWithoutClaims: true)
        case .show:
            return Spec(
                ["s"], "show",
                "the claim in context, its facts, consistency notes, verdict, evidence (with discrepancies) and history"
            )
        case .verdict:
            return Spec(
                ["v"], "verdict LABEL [NOTE]",
                "record a verdict (\(labels)); NOTE is the rest of the line, kept verbatim; without NOTE the previous note is cleared (the reply shows it; 'undo' restores it)",
                completion: .labels)
        case .note: return Spec([], "note TEXT", "set the note of the verdict to the rest of the line, verbatim")
        case .undo:
            return Spec(
                ["u"], "undo",
                "undo your own last change (verdict, note, kinds, evidence added or removed); refused if a colleague changed that claim since"
            )
        case .evidence:
            return Spec(
                ["e", "ev"], "evidence URL [supports|refutes|context] [NOTE] | evidence remove K",
                "fetch and attach a source, with its best-matching passages (NOTE verbatim); or remove evidence #K",
                completion: .evidence)
        case .fetch: return Spec([], "fetch", "refetch this claim's sources (Ctrl-C cancels)")
        case .add:
            return Spec(
                [], "add \"exact sentence or phrase\"",
                "make a manual claim from words of the article; it takes its number in article order",
                worksWithoutClaims: true)
        case .drop: return Spec([], "drop [NOTE]", "mark the claim not-a-claim (NOTE verbatim, as for verdict)")
        case .kinds:
            return Spec(
                [], "kinds K…", "set the claim's kinds: \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", "))",
                completion: .kinds)
        case .report: return Spec([], "report", "render the HTML report now", worksWithoutClaims: true)
        case .status:
            return Spec(
                ["st"], "status", "tally of verdicts, and how many claims have open notes or discrepancies",
                worksWithoutClaims: true)
        case .help:
            return Spec(
                ["h", "?"], "help [command]", "this list, or one command's usage", completion: .commands,
                worksWithoutClaims: true)
        case .quit:
            return Spec(
                ["q", "exit"], "quit", "leave (Ctrl-D too); everything is already saved", worksWithoutClaims: true)
        }
    }

    /// The command's name, as typed.
    public var name: String { rawValue }
    /// Short forms that mean the same command.
    public var aliases: [String] { spec.aliases }
    /// The command with its arguments, as help shows it.
    public var usage: String { spec.usage }
    /// What the command does, in one sentence.
    public var summary: String { spec.summary }

    /// Every command in the order help lists them.
    public static var all: [ReviewCommand] { allCases }

    /// Every name and alias.
    public static var allNames: [String] { allCases.flatMap { [$0.rawValue] + $0.aliases } }

    /// The command named or aliased `word` (case-insensitive).
    public static func find(_ word: String) -> ReviewCommand? {
        let w = word.lowercased()
        return allCases.first { $0.rawValue == w || $0.aliases.contains(w) }
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
        let a = Array(a)
        let b = Array(b)
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
