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
        var lines = ["\(document): \(total) claim\(total == 1 ? "" : "s")" + (claims.count > total ? ", \(claims.count - total) orphaned" : "")]
        let presenter = ClaimPresenter(session: self)
        for label in VerdictLabel.allCases {
            if let n = tally[label], n > 0 {
                lines.append("  " + presenter.verdictText(label).padding(toLength: 14 + (style.colored ? 9 : 0), withPad: " ", startingAt: 0) + String(n))
            }
        }
        return .ok(lines.joined(separator: "\n"))
    }

    func help(_ topic: String?) -> ReviewReply {
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
}
