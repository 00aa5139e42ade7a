import ClaimCore
import ClaimReport
import Foundation
import SourceFetch

/// What the session answers to one command line.
public struct ReviewReply: Sendable, Equatable {
    /// What to print: on stdout, or on stderr when `failed`.
    public var text: String
    /// The command could not be carried out (bad input, refused save…): scripted sessions exit non-zero.
    public var failed: Bool
    /// The reviewer asked to leave.
    public var quit: Bool

    static func ok(_ text: String) -> ReviewReply { ReviewReply(text: text, failed: false, quit: false) }
    /// A refusal; its text may quote what was typed or stored, so it goes through the terminal sanitiser.
    static func error(_ text: String) -> ReviewReply {
        ReviewReply(text: ControlCharacters.visible(text), failed: true, quit: false)
    }
}

/// The review REPL's logic: commands in, text out, every change saved through the store the moment it is
/// made (atomic write, revision check, history). No terminal calls: the executable wires it to libedit or
/// to standard input, and tests drive it directly.
public final class ReviewSession {
    /// The document's slug.
    public let document: String
    /// The name verdicts, notes and history are recorded under.
    public let reviewer: String
    /// Colour or plain text.
    public var style: TextStyle
    /// Problems found when loading (broken claim files): shown once at the start.
    public private(set) var warnings: [String]
    /// Where the session starts and why ("where you stopped", "the first unreviewed claim").
    public private(set) var startNote: String = ""

    let store: ClaimStore
    let evidenceDesk: EvidenceDesk
    let renderReport: (String) throws -> String
    let workspace: Workspace
    var info: DocumentInfo
    let article: String
    let articleBytes: [UInt8]
    let sentences: [Span]
    /// The document's claims in article order, then orphaned ones, as last saved or loaded.
    public internal(set) var claims: [Claim]
    /// How many claim files did not load: they keep their numbers, so the count is part of the total.
    var brokenFiles: Int
    /// Where the session is; remembered in `.claimcheck/` after each save and when the session ends.
    var position = 0
    var indexByID: [String: Int] = [:]
    var tally: [VerdictLabel: Int] = [:]
    /// Current claims whose verdict waits for a re-check (`Claim.needsRecheck`).
    var rechecks = 0
    /// This reviewer's own changes, newest last, each with the revision it produced.
    var undoStack: [UndoStep] = []
    /// Consistency notes and evidence discrepancies, by claim id (recomputed after every change).
    var flags: [String: ClaimFlags] = [:]
    /// The numbering generation the claims were loaded at (see `ClaimStore.numberingGeneration`).
    var knownGeneration = "0"
    /// Runs fetches: inline by default; the terminal sets a waiter with Ctrl-C and a spinner.
    public var waiter: any ReviewWaiter = InlineWaiter()

    /// Opens `document` of `workspace` for review, at the claim where `reviewer` stopped last time (recorded
    /// in `.claimcheck/`), else at the first unreviewed claim.
    /// - Parameter renderReport: renders the document's report and returns the path written (the `report`
    ///   command); by default the HTML report of `ReportRenderer`.
    public init(
        workspace: Workspace, document: String, reviewer: String, style: TextStyle = .plain,
        evidenceDesk: EvidenceDesk? = nil, renderReport: ((String) throws -> String)? = nil
    ) throws {
        self.document = try Slug.validate(document)
        self.reviewer = reviewer
        self.style = style
        self.workspace = workspace
        self.store = ClaimStore(workspace: workspace)
        self.evidenceDesk = evidenceDesk ?? EvidenceDesk(workspace: workspace)
        self.renderReport =
            renderReport ?? { slug in workspace.display(try ReportRenderer(workspace: workspace).render(document: slug))
            }
        // The generation first: a renumbering between the two reads is then seen at the first command.
        knownGeneration = store.numberingGeneration(self.document)
        let loaded = try store.load(document)
        info = loaded.info
        article = loaded.article
        articleBytes = Array(loaded.article.utf8)
        sentences = Extractor.sentenceSpans(loaded.article)
        claims = loaded.claims
        brokenFiles = loaded.problems.count
        warnings = loaded.problems.map {
            ControlCharacters.visible(
                "warning: \($0) (skipped, its number is kept free; 'claimcheck check \(document)' lists every problem)")
        }
        reindex()
        if let saved = ReviewBookmark.load(workspace: workspace, document: self.document, reviewer: reviewer),
            let index = indexByID[saved]
        {
            position = index
            startNote = ControlCharacters.visible("back at claim \(number(claims[index])), where \(reviewer) stopped")
        } else if let first = claims.firstIndex(where: { $0.verdict.label == .unreviewed && !$0.isOrphaned }) {
            position = first
            startNote = "at claim \(number(claims[first])), the first unreviewed one"
        } else if !claims.isEmpty {
            startNote = "every claim has a verdict; at claim \(number(claims[0]))"
        }
    }

    /// The claim the session is on, nil when the document has none.
    public var current: Claim? { claims.isEmpty ? nil : claims[position] }

    /// The number a claim has everywhere (`list`, the prompt, `goto N`, the report): its ordinal.
    func number(_ claim: Claim) -> Int { claim.ordinal }

    /// The highest claim number: loaded claims plus the broken files that keep theirs.
    var total: Int { max(claims.count + brokenFiles, claims.map(\.ordinal).max() ?? 0) }

    /// `[18/21 · 7 unreviewed] benghazi › `
    public var prompt: String {
        let unreviewed = tally[.unreviewed] ?? 0
        let here = claims.isEmpty ? "0/0" : "\(number(claims[position]))/\(total)"
        return "[\(here) · \(unreviewed) unreviewed\(rechecks > 0 ? " · \(rechecks) re-check" : "")] \(document) › "
    }

    // MARK: Dispatch

    /// Carries out one command line and says what happened; an empty line moves to the next claim.
    public func handle(_ rawLine: String) -> ReviewReply {
        let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : rawLine
        if let bad = ControlCharacters.first(in: line) {
            return .error(
                "line refused: it holds the control character \(ControlCharacters.name(bad.scalar)) at byte \(bad.offset); nothing was saved"
            )
        }
        refreshNumbering()
        let parsed = CommandLineWords(line)
        let words = parsed.words
        guard let first = words.first else { return claims.isEmpty ? .ok("") : move(by: 1) }
        guard let command = ReviewCommand.find(first) else {
            let hint =
                ReviewCommand.closest(to: first, in: ReviewCommand.allNames).map { " — did you mean '\($0)'?" } ?? ""
            return .error("unknown command '\(first)'\(hint) (type 'help' for the list)")
        }
        let args = Array(words.dropFirst())
        if claims.isEmpty, !command.spec.worksWithoutClaims {
            return .error("\(document) has no claims; use 'add \"words of the article\"' to make one")
        }
        switch command {
        case .next:
            switch args.first?.lowercased() {
            case "unreviewed": return nextUnreviewed()
            case "recheck", "re-check": return nextRecheck()
            case "disputed": return nextDisputed()
            default: return move(by: 1)
            }
        case .prev: return move(by: -1)
        case .goto: return goto(args)
        case .list: return list(args)
        case .show: return .ok(ClaimPresenter(session: self).show(claims[position]))
        case .verdict: return verdict(parsed)
        case .note: return setNote(parsed.rest(after: 1))
        case .undo: return undo()
        case .evidence: return evidence(parsed)
        case .fetch: return fetch()
        case .add: return add(parsed.rest(after: 1))
        case .drop: return setVerdict(.notAClaim, note: parsed.rest(after: 1))
        case .kinds: return kinds(args)
        case .report: return report()
        case .status: return status()
        case .help: return help(args.first)
        case .quit: return ReviewReply(text: "", failed: false, quit: true)
        }
    }

    // MARK: Completion

    /// Completions for the word being typed: command names first, then labels, kinds or stances by command.
    public func completions(forWord word: String, lineSoFar: String) -> [String] {
        let before = CommandLineWords.split(lineSoFar)
        let typingFirst = before.isEmpty || (before.count == 1 && !lineSoFar.hasSuffix(" "))
        let candidates: [String]
        if typingFirst {
            candidates = ReviewCommand.allCases.map(\.name)
        } else {
            switch ReviewCommand.find(before[0])?.spec.completion ?? .nothing {
            case .nothing: candidates = []
            case .commands: candidates = ReviewCommand.allCases.map(\.name)
            case .labels: candidates = VerdictLabel.allCases.map(\.rawValue)
            case .kinds: candidates = ClaimKind.allCases.map(\.rawValue)
            case .claimIDs: candidates = claims.map(\.id)
            case .unreviewed: candidates = ["unreviewed", "recheck", "disputed"]
            case .evidence: candidates = before.count >= 2 ? Stance.allCases.map(\.rawValue) : ["remove", "https://"]
            case .listOptions:
                candidates =
                    ["--kind", "--verdict", "--recheck", "--flagged", "--disputed", "--all"]
                    + ClaimKind.allCases.map(\.rawValue)
                    + VerdictLabel.allCases.map(\.rawValue)
            }
        }
        return candidates.filter { $0.hasPrefix(word.lowercased()) }
    }

    // MARK: State

    func replace(_ claim: Claim) {
        guard let index = indexByID[claim.id] else { return }
        let old = claims[index]
        if !old.isOrphaned { tally[old.verdict.label, default: 0] -= 1 }
        if !claim.isOrphaned { tally[claim.verdict.label, default: 0] += 1 }
        rechecks += (claim.needsRecheck ? 1 : 0) - (old.needsRecheck ? 1 : 0)
        claims[index] = claim
        // A review changes verdicts, notes and evidence, never facts: only this claim's discrepancies can change.
        var updated = flags[claim.id] ?? ClaimFlags()
        updated.discrepancies = ClaimFlags.discrepancies(of: claim)
        flags[claim.id] = updated.isEmpty ? nil : updated
    }

    func reindex() {
        indexByID = [:]
        tally = [:]
        rechecks = 0
        for (i, claim) in claims.enumerated() {
            indexByID[claim.id] = i
            if !claim.isOrphaned { tally[claim.verdict.label, default: 0] += 1 }
            if claim.needsRecheck { rechecks += 1 }
        }
        flags = ClaimFlags.compute(claims, article: article)
    }

    deinit { rememberPosition() }

    /// Records the current claim as where this reviewer stopped (see `ReviewBookmark`).
    func rememberPosition() {
        guard claims.indices.contains(position) else { return }
        ReviewBookmark.save(workspace: workspace, document: document, reviewer: reviewer, claimID: claims[position].id)
    }
}
