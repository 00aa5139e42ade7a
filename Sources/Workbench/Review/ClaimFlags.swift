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

    /// The flags of every claim that has any: the article's consistency notes (which depend on the facts only,
    /// so they are computed when the set of claims changes) and each claim's evidence discrepancies.
    static func compute(_ claims: [Claim], article: String) -> [String: ClaimFlags] {
        var result: [String: ClaimFlags] = [:]
        for note in ConsistencyChecker().check(claims, article: article) {
            for id in Set(note.claimIDs) { result[id, default: ClaimFlags()].notes.append(note) }
        }
        for claim in claims { result[claim.id, default: ClaimFlags()].discrepancies = discrepancies(of: claim) }
        return result.filter { !$0.value.isEmpty }
    }

    /// The number discrepancies of a claim's evidence (best passage of each link), numbered as `show` lists them.
    static func discrepancies(of claim: Claim) -> [(evidence: Int, NumberDiscrepancy)] {
        claim.evidence.enumerated().flatMap { k, evidence in
            (evidence.matches.first?.discrepancies ?? []).map { (k + 1, $0) }
        }
    }
}
