import ClaimCore

/// What the reviewer should look at on one claim besides its text: the article's own inconsistencies that
/// involve it (a weekday that does not fit its date, 300 km vs 250 miles) and the number discrepancies its
/// evidence found. Shown by `show` and on arrival, counted by `status`, filtered by `list --flagged`.
struct ClaimFlags: Sendable, Equatable {
    var notes: [ConsistencyNote] = []
    /// (evidence number, discrepancy), evidence numbered from 1 as `show` lists it.
    var discrepancies: [(evidence: Int, NumberDiscrepancy)] = []

    var isEmpty: Bool { notes.isEmpty && discrepancies.isEmpty }

    static func == (a: ClaimFlags, b: ClaimFlags) -> Bool {
        a.notes == b.notes && a.discrepancies.map(\.evidence) == b.discrepancies.map(\.evidence)
            && a.discrepancies.map(\.1) == b.discrepancies.map(\.1)
    }

    /// The flags of every claim that has any.
    static func compute(_ claims: [Claim], article: String) -> [String: ClaimFlags] {
        var result: [String: ClaimFlags] = [:]
        for note in ConsistencyChecker().check(claims, article: article) {
            for id in Set(note.claimIDs) { result[id, default: ClaimFlags()].notes.append(note) }
        }
        for claim in claims {
            for (k, evidence) in claim.evidence.enumerated() {
                for d in evidence.matches.first?.discrepancies ?? [] {
                    result[claim.id, default: ClaimFlags()].discrepancies.append((k + 1, d))
                }
            }
        }
        return result
    }
}
