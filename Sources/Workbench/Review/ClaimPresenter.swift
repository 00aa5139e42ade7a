import ClaimCore

/// How a claim reads in the review session: a one-line summary, a list line, and the full `show`. Every text
/// that comes from an article, a source, a note or a name goes through `clean` (the terminal sanitiser)
/// before it is styled, so stored text can never move the cursor, clear the screen or reverse a line.
struct ClaimPresenter {
    let session: ReviewSession
    var style: TextStyle { session.style }

    func verdictText(_ label: VerdictLabel) -> String {
        ClaimTable(style: style).colour(label.rawValue, label)
    }

    /// Stored or fetched text made safe for a terminal: unsafe characters shown visibly (␛, ⟨U+202E⟩).
    func clean(_ text: String) -> String { ControlCharacters.visible(text) }

    /// The verdict with its note, by whom and when: "false — note “…” (bo, 2026-12-02T10:42:00Z)".
    func stateLine(_ claim: Claim) -> String {
        var text = claim.verdict.label.rawValue
        if !claim.verdict.note.isEmpty { text += " with note “\(clean(ClaimTable.truncate(claim.verdict.note, 120)))”" }
        if let by = claim.verdict.reviewer {
            text += " (\(clean(by))" + (claim.verdict.at.map { ", \($0)" } ?? "") + ")"
        }
        text += ", \(claim.evidence.count) evidence"
        return text
    }

    private func kinds(_ claim: Claim) -> String {
        claim.kinds.isEmpty ? "no facts" : claim.kinds.map(\.rawValue).joined(separator: ", ")
    }

    private func position(_ claim: Claim) -> String {
        "claim \(session.number(claim)) of \(session.total)"
    }

    /// Shown after moving: where we are, the verdict, and the sentence.
    func summary(_ claim: Claim, withFlags: Bool = false) -> String {
        var head =
            "\(style.bold(position(claim))) · \(claim.id) · \(kinds(claim)) · \(verdictText(claim.verdict.label))"
        if claim.isOrphaned { head += " · " + style.yellow("orphaned: its sentence is no longer in the article") }
        if let recheck = claim.recheck, !claim.isOrphaned {
            head += " · " + style.yellow("re-check: \(clean(recheck.reason)) (a verdict confirms or changes it)")
        }
        var lines = [head, "  " + clean(claim.text)]
        lines += disputeLines(claim)
        if withFlags { lines += flagLines(claim) }
        return lines.joined(separator: "\n")
    }

    /// A disputed claim's side-by-side verdicts, one line each, after a heading; none when undisputed.
    func disputeLines(_ claim: Claim) -> [String] {
        guard let dispute = claim.dispute, !dispute.isEmpty else { return [] }
        return [
            style.yellow("  ⚑ disputed: verdicts set differently on two sides of a merge; 'verdict LABEL' settles it")
        ]
            + dispute.map { record in
                "    \(clean(record.reviewer)): \(verdictText(record.label))"
                    + (record.note.isEmpty ? "" : " — “\(clean(ClaimTable.truncate(record.note, 100)))”")
                    + (record.at.isEmpty ? "" : " (\(record.at))")
            }
    }

    /// The claim's consistency notes and evidence discrepancies, one line each.
    func flagLines(_ claim: Claim) -> [String] {
        guard let flags = session.flags[claim.id] else { return [] }
        var lines = flags.notes.map { style.yellow("  ⚠ \($0.kind.rawValue): ") + clean($0.message) }
        for (k, d) in flags.discrepancies {
            lines.append(
                style.red(
                    "  ⚠ evidence #\(k): source says \(clean(d.found)) \(clean(d.noun)), claim says \(clean(d.claimed))"
                ) + style.dim(" — “\(clean(ClaimTable.truncate(d.context, 100)))”"))
        }
        return lines
    }

    func listLine(_ claim: Claim, isCurrent: Bool) -> String {
        let marker = isCurrent ? ">" : " "
        let n = String(session.number(claim)).padding(toLength: 4, withPad: " ", startingAt: 0)
        let kinds = claim.kinds.map { ClaimTable.kindAbbreviation[$0]! }.joined(separator: ",").padding(
            toLength: 15, withPad: " ", startingAt: 0)
        return
            "\(marker) \(n)\(claim.id)  \(ClaimTable(style: style).verdictCell(claim, width: 13))  \(kinds)  \(clean(ClaimTable.truncate(claim.text, 70)))"
            + (session.flags[claim.id].map { $0.isEmpty ? "" : " ⚠" } ?? "") + (claim.isDisputed ? " ⚑ disputed" : "")
    }

    /// The claim in context (the sentence before and after), facts, verdict, evidence and history.
    func show(_ claim: Claim) -> String {
        var lines = [
            summary(claim).split(separator: "\n")[0].description
                + String(format: " · check-worthiness %.2f", claim.checkworthiness)
        ]
        let (before, after) = context(claim)
        if let before { lines.append(style.dim("  … " + clean(before))) }
        lines.append("  " + style.highlight(clean(claim.text)))
        if let after { lines.append(style.dim("  … " + clean(after))) }
        lines.append(style.bold("Facts"))
        if claim.facts.isEmpty { lines.append("  (none)") }
        for fact in claim.facts {
            lines.append(
                "  " + fact.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0) + clean(fact.summary))
        }
        let flags = flagLines(claim)
        if !flags.isEmpty {
            lines.append(style.bold("Consistency notes and discrepancies"))
            lines += flags
        }
        lines.append(
            style.bold("Verdict") + "  " + verdictText(claim.verdict.label)
                + (claim.verdict.reviewer.map { " by \(clean($0))" } ?? "")
                + (claim.verdict.at.map { " at \($0)" } ?? ""))
        if !claim.verdict.note.isEmpty { lines.append("  note: " + clean(claim.verdict.note)) }
        if let recheck = claim.recheck {
            lines.append(
                style.yellow("  re-check: \(clean(recheck.reason))") + (recheck.since.map { " (since \($0))" } ?? ""))
        }
        if let previous = claim.previous {
            lines.append(
                "  before the edit (\(previous.id), \(previous.at)): “\(clean(ClaimTable.truncate(previous.text, 200)))”"
            )
        }
        lines += disputeLines(claim)
        lines.append(style.bold("Evidence"))
        if claim.evidence.isEmpty { lines.append("  (none yet: 'evidence URL [supports|refutes|context] [note…]')") }
        for (i, e) in claim.evidence.enumerated() {
            var line = "  #\(i + 1) \(e.stance.rawValue) \(clean(e.url))" + (e.title.map { " “\(clean($0))”" } ?? "")
            if let status = e.status {
                line +=
                    " (HTTP \(status)" + (e.fetchedAt.map { ", fetched \($0)" } ?? "")
                    + (e.snapshot.map { ", snapshot \($0.prefix(12))" } ?? "") + ")"
            }
            lines.append(line)
            if let error = e.fetchError { lines.append("     " + style.red("fetch failed: \(clean(error))")) }
            if !e.note.isEmpty { lines.append("     note: \(clean(e.note))") }
            if let best = e.matches.first {
                var facts: [String] = []
                if !best.numbers.isEmpty {
                    facts.append(style.green("numbers found: \(clean(best.numbers.joined(separator: ", ")))"))
                }
                if let missing = best.missingNumbers, !missing.isEmpty {
                    facts.append(style.red("missing: \(clean(missing.joined(separator: ", ")))"))
                }
                if let quote = best.quoteFound {
                    facts.append(quote ? style.green("quote found") : style.red("quote not found"))
                }
                if !facts.isEmpty { lines.append("     " + facts.joined(separator: " · ")) }
                lines.append(
                    "     “" + clean(ClaimTable.truncate(best.passage, 200)) + "”"
                        + (best.page.map { " (p. \($0))" } ?? ""))
            }
        }
        lines.append(style.bold("History"))
        for h in claim.history.suffix(8) {
            var line = "  \(h.at)  \(h.by)  \(h.action)"
            if let from = h.from, let to = h.to {
                line += ": \(from) → \(to)"
            } else if let to = h.to {
                line += ": \(to)"
            } else if let from = h.from {
                line += ": \(from)"
            }
            lines.append(clean(line))
        }
        if claim.history.count > 8 { lines.append("  (\(claim.history.count - 8) earlier entries)") }
        return lines.joined(separator: "\n")
    }

    /// The sentences before and after the claim's span in the article.
    private func context(_ claim: Claim) -> (String?, String?) {
        let spans = session.sentences
        guard !claim.isOrphaned, !spans.isEmpty else { return (nil, nil) }
        var lo = 0
        var hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].end <= claim.span.start { lo = mid + 1 } else { hi = mid }
        }
        func text(_ i: Int) -> String? {
            guard spans.indices.contains(i) else { return nil }
            let s = spans[i]
            return ClaimTable.truncate(String(decoding: session.articleBytes[s.start..<s.end], as: UTF8.self), 160)
        }
        var after = lo
        while after < spans.count, spans[after].start < claim.span.end { after += 1 }
        return (text(lo - 1), text(after))
    }
}
