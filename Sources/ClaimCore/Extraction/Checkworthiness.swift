/// How much a sentence is worth checking, in 0…1, from the facts it holds.
///
/// Each fact is independent evidence that the sentence makes a checkable statement, so the score is a
/// noisy-OR: `1 − Π (1 − wᵢ)` over the facts, with weights by kind —
/// casualty 0.6 (lives: the costliest error), quantity 0.45, quote 0.35, date 0.25, attribution 0.25 —
/// and a hedged figure ("more than 40") weighing 0.05 less than an exact one (it is harder to refute).
/// A sentence with no fact scores 0 and is not a claim.
public enum Checkworthiness {
    private static func weight(kind: ClaimKind, resolved: Bool, hedged: Bool) -> Double {
        var w: Double
        switch kind {
        case .casualty: w = 0.6
        case .quantity: w = 0.45
        case .quote: w = 0.35
        case .date: w = resolved ? 0.25 : 0.15
        case .attribution: w = 0.25
        }
        if hedged { w -= 0.05 }
        return w
    }

    /// The checkworthiness of a sentence holding `facts`, rounded to three decimals.
    public static func score(_ facts: [Fact]) -> Double {
        var miss = 1.0
        for i in facts.indices {
            miss *=
                1
                - weight(
                    kind: facts[i].kind, resolved: facts[i].resolved != nil,
                    hedged: facts[i].qualifier.map { $0 != .exact } ?? false)
        }
        return ((1 - miss) * 1000).rounded() / 1000
    }
}
