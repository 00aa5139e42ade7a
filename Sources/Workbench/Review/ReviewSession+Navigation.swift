import ClaimCore
import Foundation

/// Moving through the claims: next, prev, goto, next unreviewed, list.
extension ReviewSession {
    func move(by delta: Int) -> ReviewReply {
        guard !claims.isEmpty else { return .error("\(document) has no claims") }
        let target = position + delta
        guard claims.indices.contains(target) else {
            return .ok(delta > 0 ? "this is the last claim (\(claims.count) of \(claims.count)); 'goto 1' starts again"
                                 : "this is the first claim")
        }
        position = target
        return .ok(ClaimPresenter(session: self).summary(claims[position]))
    }

    func nextUnreviewed() -> ReviewReply {
        let order = Array(claims.indices[(position + 1)...]) + Array(claims.indices[...position])
        guard let found = order.first(where: { claims[$0].verdict.label == .unreviewed && !claims[$0].isOrphaned }) else {
            return .ok("every claim has a verdict")
        }
        position = found
        return .ok(ClaimPresenter(session: self).summary(claims[position]))
    }

    func goto(_ args: [String]) -> ReviewReply {
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

    func list(_ args: [String]) -> ReviewReply {
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
        let filter = ClaimFilter(kind: kind, verdict: verdict)
        let matches = claims.indices.filter { filter.matches(claims[$0]) }
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
}
