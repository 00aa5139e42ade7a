import ClaimCore
import Foundation

/// Moving through the claims: next, prev, goto, next unreviewed, list.
extension ReviewSession {
    func move(by delta: Int) -> ReviewReply {
        guard !claims.isEmpty else { return .error("\(document) has no claims") }
        let target = position + delta
        guard claims.indices.contains(target) else {
            return .ok(
                delta > 0
                    ? "this is the last claim (\(number(claims[position])) of \(total)); 'goto 1' starts again"
                    : "this is the first claim")
        }
        position = target
        return arrive()
    }

    /// The summary of the claim just reached, with its flags.
    func arrive() -> ReviewReply {
        .ok(ClaimPresenter(session: self).summary(claims[position], withFlags: true))
    }

    func nextUnreviewed() -> ReviewReply {
        nextMatching("every claim has a verdict") { $0.verdict.label == .unreviewed && !$0.isOrphaned }
    }

    /// `next recheck`: the next claim whose verdict waits for a re-check after an edit changed its facts.
    func nextRecheck() -> ReviewReply {
        nextMatching("no claim waits for a re-check") { $0.needsRecheck }
    }

    /// `next disputed`: the next claim whose verdict two sides of a git merge set differently.
    func nextDisputed() -> ReviewReply {
        nextMatching("no claim is disputed") { $0.isDisputed }
    }

    /// Moves to the next claim (wrapping around) that passes `test`; `none` when there is none.
    private func nextMatching(_ none: String, _ test: (Claim) -> Bool) -> ReviewReply {
        guard !claims.isEmpty else { return .error("\(document) has no claims") }
        let order = Array(claims.indices[(position + 1)...]) + Array(claims.indices[...position])
        guard let found = order.first(where: { test(claims[$0]) }) else { return .ok(none) }
        position = found
        return arrive()
    }

    func goto(_ args: [String]) -> ReviewReply {
        guard let target = args.first else { return .error("usage: goto N|#N|ID|id:ID") }
        switch ClaimAddress.resolve(target, in: claims, total: total) {
        case .found(let index):
            position = index
            return arrive()
        case .failed(let message):
            return .error(message)
        }
    }

    /// At most this many lines per `list` without `--all`: a window of the matches around the current claim.
    static let listWindow = 50

    func list(_ args: [String]) -> ReviewReply {
        var filter = ClaimFilter()
        var all = false
        var flagged = false
        var i = 0
        while i < args.count {
            let flag = args[i]
            if flag == "--all" {
                all = true
                i += 1
                continue
            }
            if flag == "--recheck" {
                filter.recheck = true
                i += 1
                continue
            }
            if flag == "--flagged" {
                flagged = true
                i += 1
                continue
            }
            if flag == "--disputed" {
                filter.disputed = true
                i += 1
                continue
            }
            guard i + 1 < args.count, flag == "--kind" || flag == "--verdict" else {
                return .error(
                    "usage: list [--kind K] [--verdict V] [--recheck] [--flagged] [--disputed] [--all] ('\(flag)' is not understood)"
                )
            }
            let value = args[i + 1]
            if flag == "--kind" {
                guard let k = ClaimKind(rawValue: value.lowercased()) else {
                    return .error(
                        "unknown kind '\(value)'; use one of \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                filter.kind = k
            } else {
                guard let v = VerdictLabel(parsing: value) else { return labelError(value) }
                filter.verdict = v
            }
            i += 2
        }
        // Local copies: one access to the session's properties, not one per claim.
        let held = claims
        let flagTable = flags
        let matches = held.indices.filter {
            filter.matches(held[$0]) && (!flagged || !(flagTable[held[$0].id]?.isEmpty ?? true))
        }
        guard !matches.isEmpty else {
            return .ok(flagged ? "no claim has consistency notes or discrepancies" : "no claims match")
        }
        var shown = matches[...]
        if !all, matches.count > Self.listWindow {
            // Centre the window on the current claim (or the first match after it).
            let here = matches.firstIndex { $0 >= position } ?? matches.count - 1
            let first = min(max(0, here - Self.listWindow / 2), matches.count - Self.listWindow)
            shown = matches[first..<(first + Self.listWindow)]
        }
        let presenter = ClaimPresenter(session: self)
        var lines = shown.map { presenter.listLine(claims[$0], isCurrent: $0 == position) }
        if shown.count < matches.count {
            lines.append(
                style.dim(
                    "showing \(shown.count) of \(matches.count) matching claims around the current one; 'list --all' for every one"
                ))
        }
        if brokenFiles > 0 {
            lines.append(
                style.yellow(
                    "\(brokenFiles) claim file\(brokenFiles == 1 ? "" : "s") did not load; their numbers are left free ('claimcheck check \(document)')"
                ))
        }
        return .ok(lines.joined(separator: "\n"))
    }
}
