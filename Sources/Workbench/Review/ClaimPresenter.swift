import ClaimCore

/// How a claim reads in the review session: a one-line summary, a list line, and the full `show`.
struct ClaimPresenter {
    let session: ReviewSession
    var style: TextStyle { session.style }

    func verdictText(_ label: VerdictLabel) -> String {
        ClaimTable(style: style).colour(label.rawValue, label)
    }

    private func kinds(_ claim: Claim) -> String {
        claim.kinds.isEmpty ? "no facts" : claim.kinds.map(\.rawValue).joined(separator: ", ")
    }

    private func position(_ claim: Claim) -> String {
        let total = session.claims.count
        let n = (session.claims.firstIndex { $0.id == claim.id } ?? 0) + 1
        return "claim \(n) of \(total)"
    }

    /// Shown after moving: where we are, the verdict, and the sentence.
    func summary(_ claim: Claim) -> String {
        var head = "\(style.bold(position(claim))) · \(claim.id) · \(kinds(claim)) · \(verdictText(claim.verdict.label))"
        if claim.isOrphaned { head += " · " + style.yellow("orphaned: its sentence is no longer in the article") }
        return head + "\n  " + claim.text
    }

    func listLine(_ claim: Claim, number: Int, isCurrent: Bool) -> String {
        let marker = isCurrent ? ">" : " "
        let n = String(number).padding(toLength: 4, withPad: " ", startingAt: 0)
        let label = claim.verdict.label.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)
        let kinds = claim.kinds.map { ClaimTable.kindAbbreviation[$0]! }.joined(separator: ",").padding(toLength: 15, withPad: " ", startingAt: 0)
        return "\(marker) \(n)\(claim.id)  \(ClaimTable(style: style).colour(label, claim.verdict.label))  \(kinds)  \(ClaimTable.truncate(claim.text, 70))"
    }

    /// The claim in context (the sentence before and after), facts, verdict, evidence and history.
    func show(_ claim: Claim) -> String {
        var lines = [summary(claim).split(separator: "\n")[0].description + String(format: " · check-worthiness %.2f", claim.checkworthiness)]
        let (before, after) = context(claim)
        if let before { lines.append(style.dim("  … " + before)) }
        lines.append("  " + style.highlight(claim.text))
        if let after { lines.append(style.dim("  … " + after)) }
        lines.append(style.bold("Facts"))
        if claim.facts.isEmpty { lines.append("  (none)") }
        for fact in claim.facts {
            lines.append("  " + fact.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0) + fact.summary)
        }
        lines.append(style.bold("Verdict") + "  " + verdictText(claim.verdict.label)
                     + (claim.verdict.reviewer.map { " by \($0)" } ?? "") + (claim.verdict.at.map { " at \($0)" } ?? ""))
        if !claim.verdict.note.isEmpty { lines.append("  note: " + claim.verdict.note) }
        lines.append(style.bold("Evidence"))
        if claim.evidence.isEmpty { lines.append("  (none yet: 'evidence URL [supports|refutes|context] [note…]')") }
        for (i, e) in claim.evidence.enumerated() {
            var line = "  #\(i + 1) \(e.stance.rawValue) \(e.url)"
            if let status = e.status { line += " (HTTP \(status)" + (e.fetchedAt.map { ", fetched \($0)" } ?? "") + (e.snapshot.map { ", snapshot \($0.prefix(12))" } ?? "") + ")" }
            lines.append(line)
            if let error = e.fetchError { lines.append("     " + style.red("fetch failed: \(error)")) }
            if !e.note.isEmpty { lines.append("     note: \(e.note)") }
            if let best = e.matches.first {
                var facts: [String] = []
                if !best.numbers.isEmpty { facts.append(style.green("numbers found: \(best.numbers.joined(separator: ", "))")) }
                if let missing = best.missingNumbers, !missing.isEmpty { facts.append(style.red("missing: \(missing.joined(separator: ", "))")) }
                if let quote = best.quoteFound { facts.append(quote ? style.green("quote found") : style.red("quote not found")) }
                for d in best.discrepancies ?? [] { facts.append(style.red("source says \(d.found) \(d.noun), claim says \(d.claimed)")) }
                if !facts.isEmpty { lines.append("     " + facts.joined(separator: " · ")) }
                lines.append("     “" + ClaimTable.truncate(best.passage, 200) + "”" + (best.page.map { " (p. \($0))" } ?? ""))
            }
        }
        lines.append(style.bold("History"))
        for h in claim.history.suffix(8) {
            var line = "  \(h.at)  \(h.by)  \(h.action)"
            if let from = h.from, let to = h.to { line += ": \(from) → \(to)" } else if let to = h.to { line += ": \(to)" } else if let from = h.from { line += ": \(from)" }
            lines.append(line)
        }
        if claim.history.count > 8 { lines.append("  (\(claim.history.count - 8) earlier entries)") }
        return lines.joined(separator: "\n")
    }

    /// The sentences before and after the claim's span in the article.
    private func context(_ claim: Claim) -> (String?, String?) {
        let spans = session.sentences
        guard !claim.isOrphaned, !spans.isEmpty else { return (nil, nil) }
        var lo = 0, hi = spans.count
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
