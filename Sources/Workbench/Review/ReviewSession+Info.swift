import ClaimCore
import Foundation

/// Commands that change nothing in the claims: report, status, help.
extension ReviewSession {
    func report() -> ReviewReply {
        do {
            return .ok("report written: \(try renderReport(document))")
        } catch {
            return .error("\(error)")
        }
    }

    func status() -> ReviewReply {
        let total = claims.filter { !$0.isOrphaned }.count
        var lines = [
            "\(document): \(total) claim\(total == 1 ? "" : "s")"
                + (claims.count > total ? ", \(claims.count - total) orphaned" : "")
        ]
        let presenter = ClaimPresenter(session: self)
        for label in VerdictLabel.allCases {
            if let n = tally[label], n > 0 {
                lines.append(
                    "  "
                        + presenter.verdictText(label).padding(
                            toLength: 14 + (style.colored ? 9 : 0), withPad: " ", startingAt: 0) + String(n))
            }
        }
        if rechecks > 0 {
            lines.append(
                "  " + style.yellow("re-check".padding(toLength: 14, withPad: " ", startingAt: 0)) + String(rechecks)
                    + " (of the above: edited after the verdict: 'next recheck', 'list --recheck')")
        }
        let withNotes = flags.values.filter { !$0.notes.isEmpty }.count
        let withDiscrepancies = flags.values.filter { !$0.discrepancies.isEmpty }.count
        lines.append(
            "  \(withNotes) claim\(withNotes == 1 ? "" : "s") with consistency notes, \(withDiscrepancies) with number discrepancies in evidence"
                + (withNotes + withDiscrepancies > 0 ? " ('list --flagged')" : ""))
        let disputed = claims.filter(\.isDisputed).count
        if disputed > 0 {
            lines.append(
                style.yellow(
                    "  \(disputed) disputed claim\(disputed == 1 ? "" : "s"): verdicts set differently on two sides of a merge ('next disputed')"
                ))
        }
        if brokenFiles > 0 {
            lines.append(style.yellow("  \(brokenFiles) claim file\(brokenFiles == 1 ? "" : "s") did not load"))
        }
        return .ok(lines.joined(separator: "\n"))
    }

    func help(_ topic: String?) -> ReviewReply {
        if let topic {
            guard let command = ReviewCommand.find(topic) else {
                return .error(
                    "no command '\(topic)'"
                        + (ReviewCommand.closest(to: topic, in: ReviewCommand.allNames).map {
                            " — did you mean '\($0)'?"
                        } ?? ""))
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
        let footer = [
            "Claims are numbered in article order, as 'list' and the report number them.",
            "Notes (verdict, note, evidence) are the rest of the line exactly as typed, quotes included.",
            "Ctrl-C clears the line, or cancels a fetch; Ctrl-D or 'quit' leaves.",
        ]
        return .ok((["Every change is saved the moment you press Enter."] + lines + footer).joined(separator: "\n"))
    }
}
