import ClaimCore
import ClaimReport
import Foundation
import SourceFetch

/// What the session answers to one command line.
public struct ReviewReply: Sendable, Equatable {
    public var text: String
    /// The command could not be carried out (bad input, refused save…): scripted sessions exit non-zero.
    public var failed: Bool
    public var quit: Bool

    static func ok(_ text: String) -> ReviewReply { ReviewReply(text: text, failed: false, quit: false) }
    static func error(_ text: String) -> ReviewReply { ReviewReply(text: text, failed: true, quit: false) }
}

/// The review REPL's logic: commands in, text out, every change saved through the store the moment it is
/// made (atomic write, revision check, history). No terminal calls: the executable wires it to libedit or
/// to standard input, and tests drive it directly.
public final class ReviewSession {
    public let document: String
    public let reviewer: String
    public var style: TextStyle
    /// Problems found when loading (broken claim files): shown once at the start.
    public private(set) var warnings: [String]

    let store: ClaimStore
    let evidenceDesk: EvidenceDesk
    let renderReport: (String) throws -> String
    var info: DocumentInfo
    let article: String
    let articleBytes: [UInt8]
    let sentences: [Span]
    /// The document's claims in article order, then orphaned ones, as last saved or loaded.
    public internal(set) var claims: [Claim]
    var position = 0
    var indexByID: [String: Int] = [:]
    var tally: [VerdictLabel: Int] = [:]
    var undoStack: [(id: String, before: Claim, what: String)] = []

    /// Opens `document` of `workspace` for review.
    /// - Parameter renderReport: renders the document's report and returns the path written (the `report`
    ///   command); by default the HTML report of `ReportRenderer`.
    public init(workspace: Workspace, document: String, reviewer: String, style: TextStyle = .plain,
                evidenceDesk: EvidenceDesk? = nil, renderReport: ((String) throws -> String)? = nil) throws {
        self.document = try Slug.validate(document)
        self.reviewer = reviewer
        self.style = style
        self.store = ClaimStore(workspace: workspace)
        self.evidenceDesk = evidenceDesk ?? EvidenceDesk(workspace: workspace)
        self.renderReport = renderReport ?? { slug in workspace.display(try ReportRenderer(workspace: workspace).render(document: slug)) }
        let loaded = try store.load(document)
        info = loaded.info
        article = loaded.article
        articleBytes = Array(loaded.article.utf8)
        sentences = Extractor.sentenceSpans(loaded.article)
        claims = loaded.claims
        warnings = loaded.problems.map { "warning: \($0) (skipped; 'claimcheck check \(document)' lists every problem)" }
        reindex()
        if let first = claims.firstIndex(where: { $0.verdict.label == .unreviewed && !$0.isOrphaned }) { position = first }
    }

    public var current: Claim? { claims.isEmpty ? nil : claims[position] }

    /// `[18/21 · 7 unreviewed] benghazi › `
    public var prompt: String {
        let unreviewed = tally[.unreviewed] ?? 0
        let where_ = claims.isEmpty ? "0/0" : "\(position + 1)/\(claims.count)"
        return "[\(where_) · \(unreviewed) unreviewed] \(document) › "
    }

    // MARK: Dispatch

    public func handle(_ line: String) -> ReviewReply {
        let words = CommandLineWords.split(line)
        guard let first = words.first else { return move(by: 1) }
        guard let command = ReviewCommand.find(first) else {
            let names = ReviewCommand.all.flatMap { [$0.name] + $0.aliases }
            let hint = ReviewCommand.closest(to: first, in: names).map { " — did you mean '\($0)'?" } ?? ""
            return .error("unknown command '\(first)'\(hint) (type 'help' for the list)")
        }
        let args = Array(words.dropFirst())
        let rest = Self.rest(of: line, after: words.count > 1 ? 1 : words.count)
        if claims.isEmpty, !["help", "quit", "status", "list", "add", "report"].contains(command.name) {
            return .error("\(document) has no claims; use 'add \"words of the article\"' to make one")
        }
        switch command.name {
        case "next": return args.first?.lowercased() == "unreviewed" ? nextUnreviewed() : move(by: 1)
        case "prev": return move(by: -1)
        case "goto": return goto(args)
        case "list": return list(args)
        case "show": return .ok(ClaimPresenter(session: self).show(claims[position]))
        case "verdict": return verdict(args)
        case "note": return setNote(rest)
        case "undo": return undo()
        case "evidence": return evidence(args)
        case "fetch": return fetch()
        case "add": return add(rest)
        case "drop": return setVerdict(.notAClaim, note: nil)
        case "kinds": return kinds(args)
        case "report": return report()
        case "status": return status()
        case "help": return help(args.first)
        default: return ReviewReply(text: "", failed: false, quit: true)
        }
    }

    /// The text of `line` after its first `n` words, as typed (quotes kept out).
    static func rest(of line: String, after n: Int) -> String {
        var remaining = Substring(line).drop { $0.isWhitespace }
        for _ in 0..<n {
            remaining = remaining.drop { !$0.isWhitespace }.drop { $0.isWhitespace }
        }
        return String(remaining).trimmingCharacters(in: .whitespaces)
    }

    // MARK: Completion

    /// Completions for the word being typed: command names first, then labels, kinds or stances by command.
    public func completions(forWord word: String, lineSoFar: String) -> [String] {
        let before = CommandLineWords.split(lineSoFar)
        let typingFirst = before.isEmpty || (before.count == 1 && !lineSoFar.hasSuffix(" "))
        let candidates: [String]
        if typingFirst {
            candidates = ReviewCommand.all.map(\.name)
        } else {
            switch ReviewCommand.find(before[0])?.name {
            case "verdict": candidates = VerdictLabel.allCases.map(\.rawValue)
            case "kinds": candidates = ClaimKind.allCases.map(\.rawValue)
            case "evidence": candidates = before.count >= 2 ? Stance.allCases.map(\.rawValue) : ["remove", "https://"]
            case "help": candidates = ReviewCommand.all.map(\.name)
            case "list": candidates = ["--kind", "--verdict", "--all"] + ClaimKind.allCases.map(\.rawValue) + VerdictLabel.allCases.map(\.rawValue)
            case "goto": candidates = claims.map(\.id)
            default: candidates = []
            }
        }
        return candidates.filter { $0.hasPrefix(word.lowercased()) }
    }
}
