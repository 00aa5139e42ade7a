/// Inter-rater agreement statistics, pure functions of the ratings: Cohen's κ (two raters, nominal), weighted κ
/// (two raters, ordered categories), Krippendorff's α (any number of raters, missing ratings allowed, nominal or
/// ordinal). Each returns nil where the statistic is undefined (no data, or no variation to expect disagreement on).
public enum AgreementStatistics {
    /// Cohen's κ over pairs of categories (rater A's, rater B's), one pair per item both rated:
    /// (pₒ − pₑ) / (1 − pₑ), pₑ from each rater's own category proportions.
    public static func cohenKappa<C: Hashable>(_ pairs: [(C, C)]) -> Double? {
        guard !pairs.isEmpty else { return nil }
        let n = Double(pairs.count)
        var first: [C: Double] = [:]
        var second: [C: Double] = [:]
        var agree = 0.0
        for (a, b) in pairs {
            first[a, default: 0] += 1
            second[b, default: 0] += 1
            if a == b { agree += 1 }
        }
        let observed = agree / n
        let expected = first.reduce(0.0) { $0 + ($1.value / n) * ((second[$1.key] ?? 0) / n) }
        guard expected < 1 else { return nil }
        return (observed - expected) / (1 - expected)
    }

    /// How far apart two ordered categories count in weighted κ.
    public enum Weighting: String, Sendable, CaseIterable {
        /// |i − j| / (k − 1).
        case linear
        /// (i − j)² / (k − 1)².
        case quadratic
    }

    /// Weighted κ over pairs of category positions `0..<categories` on an ordered scale:
    /// 1 − Σ w·observed / Σ w·expected.
    public static func weightedKappa(_ pairs: [(Int, Int)], categories k: Int, weighting: Weighting) -> Double? {
        guard !pairs.isEmpty, k > 1 else { return nil }
        let n = Double(pairs.count)
        var rows = [Double](repeating: 0, count: k)
        var columns = [Double](repeating: 0, count: k)
        var observed = 0.0
        func weight(_ i: Int, _ j: Int) -> Double {
            let d = Double(abs(i - j)) / Double(k - 1)
            return weighting == .linear ? d : d * d
        }
        for (a, b) in pairs {
            rows[a] += 1
            columns[b] += 1
            observed += weight(a, b)
        }
        var expected = 0.0
        for i in 0..<k {
            for j in 0..<k { expected += weight(i, j) * rows[i] * columns[j] / n }
        }
        guard expected > 0 else { return nil }
        return 1 - observed / expected
    }

    /// The level of measurement of Krippendorff's α: which differences between values count, and how much.
    public enum Level: String, Sendable, CaseIterable {
        /// Any two different values differ equally.
        case nominal
        /// Values are ranks: the difference grows with how many values lie between them.
        case ordinal
    }

    /// Krippendorff's α over `units`, each the values its raters gave (missing ratings left out; units with
    /// fewer than two values are not pairable and ignored). Values are compared by their order for `.ordinal`.
    public static func krippendorffAlpha(_ units: [[Int]], level: Level) -> Double? {
        let pairable = units.filter { $0.count >= 2 }
        let values = Array(Set(pairable.flatMap { $0 })).sorted()
        guard values.count >= 1, !pairable.isEmpty else { return nil }
        let index = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
        let v = values.count
        // The coincidence matrix: every ordered pair of values within a unit, weighted 1 / (m − 1).
        var coincidences = [[Double]](repeating: [Double](repeating: 0, count: v), count: v)
        for unit in pairable {
            let weight = 1 / Double(unit.count - 1)
            for i in unit.indices {
                for j in unit.indices where i != j {
                    coincidences[index[unit[i]]!][index[unit[j]]!] += weight
                }
            }
        }
        let marginals = coincidences.map { $0.reduce(0, +) }
        let n = marginals.reduce(0, +)
        guard n > 1 else { return nil }
        func delta(_ c: Int, _ k: Int) -> Double {
            switch level {
            case .nominal:
                return c == k ? 0 : 1
            case .ordinal:
                let (low, high) = (min(c, k), max(c, k))
                let between = marginals[low...high].reduce(0, +) - (marginals[low] + marginals[high]) / 2
                return between * between
            }
        }
        var observed = 0.0
        var expected = 0.0
        for c in 0..<v {
            for k in 0..<v {
                let d = delta(c, k)
                observed += coincidences[c][k] * d
                expected += marginals[c] * marginals[k] * d
            }
        }
        expected /= (n - 1)
        guard expected > 0 else { return nil }
        return 1 - observed / expected
    }
}
