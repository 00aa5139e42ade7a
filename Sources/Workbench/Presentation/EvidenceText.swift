import ClaimCore
import Foundation

/// Plain-text lines describing evidence, for the CLI and the REPL to print (they add colour if they like).
public enum EvidenceText {
    /// What `attach` did: the saved link, the fetch, and the best passages.
    public static func lines(for outcome: EvidenceOutcome) -> [String] {
        let evidence = outcome.claim.evidence[outcome.evidenceNumber - 1]
        var lines = [
            "added evidence #\(outcome.evidenceNumber) to claim \(outcome.claim.id) (\(evidence.stance.rawValue)): \(evidence.url)"
        ]
        if let error = outcome.report.error {
            lines.append(
                "  fetch failed: \(error) — the link is saved; 'claimcheck fetch \(outcome.claim.document)' retries it")
            return lines
        }
        lines.append("  " + fetchLine(evidence, note: outcome.report.note))
        lines += matchLines(outcome.matches, claim: outcome.claim)
        return lines
    }

    /// One claim's evidence, numbered from 1 as `remove` expects.
    public static func lines(forEvidenceOf claim: Claim) -> [String] {
        guard !claim.evidence.isEmpty else { return ["claim \(claim.id) has no evidence"] }
        var lines: [String] = []
        for (k, evidence) in claim.evidence.enumerated() {
            lines.append("#\(k + 1) \(evidence.stance.rawValue): \(evidence.url)")
            if !evidence.note.isEmpty { lines.append("  note: \(evidence.note)") }
            lines.append("  added by \(evidence.addedBy) at \(evidence.addedAt)")
            if let error = evidence.fetchError {
                lines.append("  last fetch failed\(evidence.fetchedAt.map { " at \($0)" } ?? ""): \(error)")
            }
            if evidence.snapshot != nil { lines.append("  " + fetchLine(evidence, note: nil)) }
            if let previous = evidence.previousSnapshots, !previous.isEmpty {
                lines.append(
                    "  changed since first fetched: \(previous.count) earlier snapshot\(previous.count == 1 ? "" : "s") kept"
                )
            }
            if evidence.snapshot != nil { lines += matchLines(evidence.matches, claim: claim) }
        }
        return lines
    }

    /// What `evidence remove` did.
    public static func removed(number: Int, from claim: Claim) -> String {
        "removed evidence #\(number) of claim \(claim.id) (\(claim.evidence.count) left)"
    }

    static func fetchLine(_ evidence: Evidence, note: String?) -> String {
        var parts = ["fetched"]
        if let at = evidence.fetchedAt { parts.append(at) }
        if let status = evidence.status { parts.append("HTTP \(status)") }
        if let title = evidence.title, !title.isEmpty { parts.append("“\(title)”") }
        if let snapshot = evidence.snapshot { parts.append("snapshot \(snapshot.prefix(12))") }
        if let note { parts.append(note) }
        return parts.joined(separator: " · ")
    }

    static func matchLines(_ matches: [EvidenceMatch], claim: Claim) -> [String] {
        guard !matches.isEmpty else { return ["  no passage of the page matches the claim"] }
        var lines: [String] = []
        for match in matches {
            let passage = match.passage.count > 240 ? String(match.passage.prefix(239)) + "…" : match.passage
            lines.append(
                "  • (\(String(format: "%.2f", match.score))\(match.page.map { ", p. \($0)" } ?? "")) \(passage)")
            var facts: [String] = []
            if !match.numbers.isEmpty { facts.append("numbers found: \(match.numbers.joined(separator: ", "))") }
            if let missing = match.missingNumbers, !missing.isEmpty {
                facts.append("missing: \(missing.joined(separator: ", "))")
            }
            if let quote = match.quoteFound { facts.append(quote ? "quote found" : "quote not found") }
            if !facts.isEmpty { lines.append("    " + facts.joined(separator: " · ")) }
            for d in match.discrepancies ?? [] {
                lines.append(
                    "    possible discrepancy: the claim says \(d.claimed) \(d.noun), the source says \(d.found): \(d.context)"
                )
            }
        }
        return lines
    }
}
