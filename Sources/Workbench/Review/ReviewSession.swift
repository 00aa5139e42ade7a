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
    private(set) var info: DocumentInfo
    let article: String
    let articleBytes: [UInt8]
    let sentences: [Span]
    /// The document's claims in article order, then orphaned ones, as last saved or loaded.
    public private(set) var claims: [Claim]
    private(set) var position = 0
    private var indexByID: [String: Int] = [:]
    private var tally: [VerdictLabel: Int] = [:]
    private var undoStack: [(id: String, before: Claim, what: String)] = []

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

    // MARK: Navigation

    private func move(by delta: Int) -> ReviewReply {
        guard !claims.isEmpty else { return .error("\(document) has no claims") }
        let target = position + delta
        guard claims.indices.contains(target) else {
            return .ok(delta > 0 ? "this is the last claim (\(claims.count) of \(claims.count)); 'goto 1' starts again"
                                 : "this is the first claim")
        }
        position = target
        return .ok(ClaimPresenter(session: self).summary(claims[position]))
    }

    private func nextUnreviewed() -> ReviewReply {
        let order = Array(claims.indices[(position + 1)...]) + Array(claims.indices[...position])
        guard let found = order.first(where: { claims[$0].verdict.label == .unreviewed && !claims[$0].isOrphaned }) else {
            return .ok("every claim has a verdict")
        }
        position = found
        return .ok(ClaimPresenter(session: self).summary(claims[position]))
    }

    private func goto(_ args: [String]) -> ReviewReply {
        guard let target = args.first else { return .error("usage: goto N|ID") }
        if let n = Int(target) {
            guard (1...claims.count).contains(n) else { return .error("no claim \(n): claims are numbered 1–\(claims.count)") }
            position = n - 1
        } else {
            let lower = target.lowercased()
            if let exact = indexByID[lower] {
                position = exact
            } else {
                let matches = claims.indices.filter { claims[$0].id.hasPrefix(lower) }
                guard matches.count == 1 else {
                    return .error(matches.isEmpty ? "no claim with id '\(target)' (ids look like 'c3f9a1'; 'list' shows them)"
                                                  : "'\(target)' matches \(matches.count) claims; type more of the id")
                }
                position = matches[0]
            }
        }
        return .ok(ClaimPresenter(session: self).summary(claims[position]))
    }

    /// At most this many lines per `list` without `--all`: a window of the matches around the current claim.
    static let listWindow = 50

    private func list(_ args: [String]) -> ReviewReply {
        var kind: ClaimKind?
        var verdict: VerdictLabel?
        var all = false
        var i = 0
        while i < args.count {
            let flag = args[i]
            if flag == "--all" { all = true; i += 1; continue }
            guard i + 1 < args.count, flag == "--kind" || flag == "--verdict" else {
                return .error("usage: list [--kind K] [--verdict V] [--all] ('\(flag)' is not understood)")
            }
            let value = args[i + 1]
            if flag == "--kind" {
                guard let k = ClaimKind(rawValue: value.lowercased()) else {
                    return .error("unknown kind '\(value)'; use one of \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                kind = k
            } else {
                guard let v = VerdictLabel(parsing: value) else { return labelError(value) }
                verdict = v
            }
            i += 2
        }
        let matches = claims.indices.filter { i in
            (kind.map { claims[i].kinds.contains($0) } ?? true) && (verdict.map { claims[i].verdict.label == $0 } ?? true)
        }
        guard !matches.isEmpty else { return .ok("no claims match") }
        var shown = matches[...]
        if !all, matches.count > Self.listWindow {
            // Centre the window on the current claim (or the first match after it).
            let here = matches.firstIndex { $0 >= position } ?? matches.count - 1
            let first = min(max(0, here - Self.listWindow / 2), matches.count - Self.listWindow)
            shown = matches[first..<(first + Self.listWindow)]
        }
        let presenter = ClaimPresenter(session: self)
        var lines = shown.map { presenter.listLine(claims[$0], number: $0 + 1, isCurrent: $0 == position) }
        if shown.count < matches.count {
            lines.append(style.dim("showing \(shown.count) of \(matches.count) matching claims around the current one; 'list --all' for every one"))
        }
        return .ok(lines.joined(separator: "\n"))
    }

    // MARK: Changes

    private func labelError(_ value: String) -> ReviewReply {
        let names = VerdictLabel.allCases.map(\.rawValue)
        let hint = ReviewCommand.closest(to: value, in: names + Array(VerdictLabel.aliases.keys)).map { " — did you mean '\($0)'?" } ?? ""
        return .error("unknown verdict '\(value)'\(hint); use one of \(names.joined(separator: ", "))")
    }

    private func verdict(_ args: [String]) -> ReviewReply {
        guard let word = args.first else { return .error("usage: verdict LABEL [note…] (labels: \(VerdictLabel.allCases.map(\.rawValue).joined(separator: ", ")))") }
        // Two-word labels typed with a space: "verdict mostly true".
        if args.count >= 2, let two = VerdictLabel(parsing: word + "-" + args[1]), VerdictLabel(parsing: word) == nil {
            let note = args.count > 2 ? args[2...].joined(separator: " ") : nil
            return setVerdict(two, note: note)
        }
        guard let label = VerdictLabel(parsing: word) else { return labelError(word) }
        return setVerdict(label, note: args.count > 1 ? args[1...].joined(separator: " ") : nil)
    }

    private func setVerdict(_ label: VerdictLabel, note: String?) -> ReviewReply {
        save(what: "verdict") { claim in
            let from = claim.verdict.label
            claim.verdict = Verdict(label: label, note: note ?? claim.verdict.note, reviewer: reviewer, at: Timestamp.now())
            return HistoryEntry(at: Timestamp.now(), by: reviewer, action: "verdict", from: from.rawValue, to: label.rawValue)
        } done: { claim in
            "\(claim.id): \(ClaimPresenter(session: self).verdictText(claim.verdict.label))" + (claim.verdict.note.isEmpty ? "" : " — \(claim.verdict.note)")
        }
    }

    private func setNote(_ text: String) -> ReviewReply {
        guard !text.isEmpty else { return .error("usage: note TEXT") }
        return save(what: "note") { claim in
            let from = claim.verdict.note
            claim.verdict.note = text
            claim.verdict.reviewer = reviewer
            claim.verdict.at = Timestamp.now()
            return HistoryEntry(at: Timestamp.now(), by: reviewer, action: "note", from: from.isEmpty ? nil : from, to: text)
        } done: { claim in "\(claim.id): note saved" }
    }

    private func kinds(_ args: [String]) -> ReviewReply {
        guard !args.isEmpty else { return .error("usage: kinds K… (\(ClaimKind.allCases.map(\.rawValue).joined(separator: ", ")))") }
        var kinds: [ClaimKind] = []
        for a in args.flatMap({ $0.split(separator: ",").map(String.init) }) {
            guard let k = ClaimKind(rawValue: a.lowercased()) else {
                let hint = ReviewCommand.closest(to: a, in: ClaimKind.allCases.map(\.rawValue)).map { " — did you mean '\($0)'?" } ?? ""
                return .error("unknown kind '\(a)'\(hint); use \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !kinds.contains(k) { kinds.append(k) }
        }
        return save(what: "kinds") { claim in
            let from = claim.kinds.map(\.rawValue).joined(separator: ",")
            claim.kinds = kinds.sorted()
            return HistoryEntry(at: Timestamp.now(), by: reviewer, action: "kinds", from: from, to: claim.kinds.map(\.rawValue).joined(separator: ","))
        } done: { claim in "\(claim.id): kinds \(claim.kinds.map(\.rawValue).joined(separator: ", "))" }
    }

    private func undo() -> ReviewReply {
        guard let step = undoStack.last else { return .error("nothing to undo in this session") }
        guard let index = indexByID[step.id] else { undoStack.removeLast(); return .error("that claim is gone") }
        do {
            let saved = try store.update(document, id: step.id, expectedRevision: claims[index].revision) { claim in
                claim.verdict = step.before.verdict
                claim.kinds = step.before.kinds
                claim.evidence = step.before.evidence
                return HistoryEntry(at: Timestamp.now(), by: reviewer, action: "undo", from: step.what)
            }
            undoStack.removeLast()
            replace(saved)
            position = index
            return .ok("undone: \(step.what) of \(step.id) (now \(saved.verdict.label.rawValue))")
        } catch {
            return failure(error, claimID: step.id)
        }
    }

    /// Saves a change to the current claim, based on the revision this session holds; a stale revision is
    /// refused by the store, the claim reloaded, and nothing the reviewer typed is silently merged.
    private func save(what: String, _ change: (inout Claim) throws -> HistoryEntry?, done: (Claim) -> String) -> ReviewReply {
        let before = claims[position]
        do {
            let saved = try store.update(document, id: before.id, expectedRevision: before.revision, change)
            undoStack.append((before.id, before, what))
            replace(saved)
            return .ok(done(saved))
        } catch {
            return failure(error, claimID: before.id)
        }
    }

    private func failure(_ error: Error, claimID: String) -> ReviewReply {
        if case ClaimCheckError.staleRevision = error {
            if let fresh = try? store.loadClaim(document, id: claimID) { replace(fresh) }
            return .error("\(error)")
        }
        return .error("\(error)")
    }

    private func replace(_ claim: Claim) {
        guard let index = indexByID[claim.id] else { return }
        let old = claims[index]
        if !old.isOrphaned { tally[old.verdict.label, default: 0] -= 1 }
        if !claim.isOrphaned { tally[claim.verdict.label, default: 0] += 1 }
        claims[index] = claim
    }

    private func reindex() {
        indexByID = [:]
        tally = [:]
        for (i, claim) in claims.enumerated() {
            indexByID[claim.id] = i
            if !claim.isOrphaned { tally[claim.verdict.label, default: 0] += 1 }
        }
    }

    // MARK: Evidence

    private func evidence(_ args: [String]) -> ReviewReply {
        guard let first = args.first else { return .error("usage: evidence URL [supports|refutes|context] [note…] | evidence remove K") }
        let claim = claims[position]
        if first.lowercased() == "remove" || first.lowercased() == "rm" {
            guard args.count == 2, let k = Int(args[1]) else { return .error("usage: evidence remove K (K as numbered in 'show')") }
            do {
                let saved = try evidenceDesk.remove(document: document, claimID: claim.id, index: k, by: reviewer, expectedRevision: claim.revision)
                undoStack.append((claim.id, claim, "evidence remove"))
                replace(saved)
                return .ok("removed evidence #\(k) of \(claim.id)")
            } catch {
                return failure(error, claimID: claim.id)
            }
        }
        do {
            _ = try WebLink.validate(first)
        } catch {
            return .error("\(error)")
        }
        var stance = Stance.context
        var noteWords = Array(args.dropFirst())
        if let word = noteWords.first {
            if let s = Stance(rawValue: word.lowercased()) {
                stance = s
                noteWords.removeFirst()
            } else if let guess = ReviewCommand.closest(to: word, in: Stance.allCases.map(\.rawValue)), word.count >= 4,
                      ReviewCommand.editDistance(word.lowercased(), guess) <= 2 {
                return .error("unknown stance '\(word)' — did you mean '\(guess)'? (supports, refutes, context)")
            }
        }
        do {
            let outcome = try evidenceDesk.attach(document: document, claimID: claim.id, url: first, stance: stance,
                                                  note: noteWords.joined(separator: " "), by: reviewer, expectedRevision: claim.revision)
            undoStack.append((claim.id, claim, "evidence"))
            replace(outcome.claim)
            let reply = EvidenceText.lines(for: outcome).joined(separator: "\n")
            return ReviewReply(text: reply, failed: !outcome.fetched, quit: false)
        } catch {
            return failure(error, claimID: claim.id)
        }
    }

    private func fetch() -> ReviewReply {
        let claim = claims[position]
        guard !claim.evidence.isEmpty else { return .error("claim \(claim.id) has no evidence to fetch; add some with 'evidence URL'") }
        do {
            let summary = try evidenceDesk.refresh(document: document, claimIDs: [claim.id], by: reviewer)
            if let fresh = try? store.loadClaim(document, id: claim.id) { replace(fresh) }
            let lines = summary.reports.map(\.line) + [summary.totals]
            return ReviewReply(text: lines.joined(separator: "\n"), failed: summary.failed > 0 || summary.dead > 0, quit: false)
        } catch {
            return failure(error, claimID: claim.id)
        }
    }

    // MARK: Manual claims, report, status, help

    private func add(_ phrase: String) -> ReviewReply {
        let typed = phrase.trimmingCharacters(in: CharacterSet(charactersIn: "\"“”' ")).precomposedStringWithCanonicalMapping
        guard !typed.isEmpty else { return .error("usage: add \"exact sentence or phrase of the article\"") }
        // The words as the article has them (a difference in case only is forgiven).
        guard let range = article.range(of: typed) ?? article.range(of: typed, options: .caseInsensitive) else {
            return .error("\"\(typed.prefix(60))\" does not occur in the article; copy the words exactly")
        }
        let text = String(article[range])
        let start = article.utf8.distance(from: article.utf8.startIndex, to: range.lowerBound)
        let span = Span(start: start, end: start + text.utf8.count)
        let id = "m" + ClaimIdentity.assign([text])[0]
        if indexByID[id] != nil { return .error("that text is already claim \(id)") }
        let published = info.published.flatMap(CalendarDay.init(iso:))
        let facts = Extractor().extract(text, published: published).flatMap(\.facts).map { fact -> Fact in
            var shifted = fact
            shifted.span = Span(start: fact.span.start + span.start, end: fact.span.end + span.start)
            return shifted
        }
        let ordinal = (claims.last { !$0.isOrphaned && $0.span.start <= span.start }?.ordinal ?? 0)
        let now = Timestamp.now()
        let claim = Claim(id: id, document: document, ordinal: max(ordinal, 1), text: text, span: span,
                          kinds: Array(Set(facts.map(\.kind))).sorted(), checkworthiness: Checkworthiness.score(facts), facts: facts,
                          history: [HistoryEntry(at: now, by: reviewer, action: "manual")], revision: 1, manual: true)
        do {
            try store.create(claim)
        } catch {
            return .error("\(error)")
        }
        claims = ClaimStore.ordered(claims + [claim])
        reindex()
        position = indexByID[id] ?? position
        return .ok("added claim \(id) (\(claim.facts.count) fact\(claim.facts.count == 1 ? "" : "s"))\n" + ClaimPresenter(session: self).summary(claim))
    }

    private func report() -> ReviewReply {
        do {
            return .ok("report written: \(try renderReport(document))")
        } catch {
            return .error("\(error)")
        }
    }

    private func status() -> ReviewReply {
        let total = claims.filter { !$0.isOrphaned }.count
        var lines = ["\(document): \(total) claim\(total == 1 ? "" : "s")" + (claims.count > total ? ", \(claims.count - total) orphaned" : "")]
        let presenter = ClaimPresenter(session: self)
        for label in VerdictLabel.allCases {
            if let n = tally[label], n > 0 {
                lines.append("  " + presenter.verdictText(label).padding(toLength: 14 + (style.colored ? 9 : 0), withPad: " ", startingAt: 0) + String(n))
            }
        }
        return .ok(lines.joined(separator: "\n"))
    }

    private func help(_ topic: String?) -> ReviewReply {
        if let topic {
            guard let command = ReviewCommand.find(topic) else {
                return .error("no command '\(topic)'" + (ReviewCommand.closest(to: topic, in: ReviewCommand.all.map(\.name)).map { " — did you mean '\($0)'?" } ?? ""))
            }
            let aliases = command.aliases.isEmpty ? "" : " (also: \(command.aliases.joined(separator: ", ")))"
            return .ok("\(command.usage)\(aliases)\n  \(command.summary)")
        }
        // Usages longer than the column get a line of their own, never cut.
        let column = 34
        let lines = ReviewCommand.all.map { command in
            command.usage.count <= column
                ? "  " + command.usage.padding(toLength: column, withPad: " ", startingAt: 0) + "  " + command.summary
                : "  " + command.usage + "\n  " + String(repeating: " ", count: column) + "  " + command.summary
        }
        return .ok((["Every change is saved the moment you press Enter."] + lines).joined(separator: "\n"))
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
